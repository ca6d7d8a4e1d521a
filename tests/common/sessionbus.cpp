#include "sessionbus.h"

#include <QProcess>
#include <QStandardPaths>

namespace Revaer::TestSupport {

QString startSessionBus(QProcess &daemon)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (program.isEmpty())
        return {};
    daemon.start(program,
        {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
            QStringLiteral("--print-address")});
    if (!daemon.waitForStarted(5000))
        return {};
    while (!daemon.canReadLine()) {
        if (!daemon.waitForReadyRead(5000))
            return {};
    }
    return QString::fromUtf8(daemon.readLine()).trimmed();
}

void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace Revaer::TestSupport
