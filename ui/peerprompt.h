#pragma once

#include <QStringList>

#include <optional>

class QWidget;

namespace Revaer {

// Asks for peers to connect to, "host:port" one per line (several may share
// a line, separated by spaces or commas). Nothing when the user cancels or
// gives none.
std::optional<QStringList> askForPeers(QWidget *parent);

} // namespace Revaer
