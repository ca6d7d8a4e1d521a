#pragma once

namespace Revaer {

// Registers every engine value type that crosses threads. Safe to call often.
void registerEngineMetaTypes();

} // namespace Revaer
