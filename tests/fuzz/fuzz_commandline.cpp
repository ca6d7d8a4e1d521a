#include "fuzzsupport.h"

#include "commandline.h"

using namespace Revaer;

// Arguments as a shell, a desktop file or a script may pass them (split on
// NUL): parsed; numbers stay in range; every --peer is split or refused.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList arguments {QStringLiteral("revaer")};
    for (const QByteArray &part : Fuzz::bytes(data, size).split('\0'))
        arguments.append(QString::fromUtf8(part));
    const CommandLine commandLine = CommandLine::parse(arguments);
    if (commandLine.listenPort)
        Fuzz::require(*commandLine.listenPort >= 0 && *commandLine.listenPort <= 65535);
    if (commandLine.downloadLimitKiB)
        Fuzz::require(*commandLine.downloadLimitKiB >= 0);
    for (const QString &peer : commandLine.peers) {
        QString host;
        int port = 0;
        if (CommandLine::splitPeer(peer, &host, &port))
            Fuzz::require(!host.isEmpty() && port >= 1 && port <= 65535);
    }
    return 0;
}
