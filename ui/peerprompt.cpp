#include "peerprompt.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QRegularExpression>

namespace Revaer {

std::optional<QStringList> askForPeers(QWidget *parent)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, QCoreApplication::translate("PeerPrompt", "Add Peers"),
        QCoreApplication::translate(
            "PeerPrompt", "Peers to connect to, as address:port (192.0.2.7:6881, [2001:db8::7]:6881), one per line:"),
        {}, &ok);
    if (!ok)
        return std::nullopt;
    const QStringList peers = text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    if (peers.isEmpty())
        return std::nullopt;
    return peers;
}

} // namespace Revaer
