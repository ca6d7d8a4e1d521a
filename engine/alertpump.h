#pragma once

#include <QObject>

#include <atomic>

namespace Revaer {

class AlertTranslator;
class LibtSession;

// Moves alerts from the session to the translator. libtorrent's notify
// callback runs on libtorrent's thread and must not block, so it only posts
// one queued call to drain(); drain() runs on the worker's thread, pops every
// alert and hands each to the translator. When libtorrent reports dropped
// alerts, drain() follows up with a full refresh so no event is lost.
class AlertPump : public QObject
{
    Q_OBJECT

public:
    explicit AlertPump(AlertTranslator *translator, QObject *parent = nullptr);
    ~AlertPump() override;

    void attach(LibtSession *session);
    void detach();

    void drain();

    quint64 alertsHandled() const { return m_alertsHandled; }
    quint64 refreshes() const { return m_refreshes; }

Q_SIGNALS:
    // A call into the session threw: the session is in trouble.
    void sessionFailed(const QString &reason);

private:
    AlertTranslator *m_translator;
    LibtSession *m_session = nullptr;
    std::atomic_bool m_drainPosted {false};
    quint64 m_alertsHandled = 0;
    quint64 m_refreshes = 0;
};

} // namespace Revaer
