#pragma once

#include <QObject>

class QSocketNotifier;

namespace Revaer {

// Turns SIGINT and SIGTERM (Ctrl+C in a terminal, a service manager's stop;
// on Windows the console's Ctrl+C, Ctrl+Break, close, logoff and shutdown)
// into a Qt signal on the main thread. The handler only writes a byte to a
// socket pair (on Windows, posts a queued call); everything else happens in
// the event loop.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Revaer
