#pragma once

class QIcon;

namespace Revaer {

// Registers the icons compiled into the static revaer_ui library. A static
// library's resource initialiser is dropped by the linker unless something
// references it, so every entry point that shows a widget calls this once.
void initUiResources();

// One of Revaer's icons by name: "pause" is :/icons/pause.svg.
QIcon uiIcon(const char *name);

} // namespace Revaer
