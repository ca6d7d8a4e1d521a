#include "signalwatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_WIN
#include <QMutex>
#include <QMutexLocker>
#include <csignal>
#include <windows.h>
#else
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Revaer {

#ifdef Q_OS_WIN
namespace {
// Windows has no SIGTERM to catch: a console's Ctrl+C and Ctrl+Break, the
// console window being closed, logoff and shutdown arrive at a handler that
// the system runs on a thread of its own. The handler only posts to the
// watcher's thread; a queued call to a watcher that is gone is dropped.
QMutex g_mutex;
SignalWatcher *g_watcher = nullptr;
HANDLE g_finished = nullptr; // set once the watcher (and so the shutdown) is done

BOOL WINAPI onConsoleEvent(DWORD type)
{
    const int signalNumber = type == CTRL_C_EVENT ? SIGINT : SIGTERM;
    {
        QMutexLocker lock(&g_mutex);
        if (!g_watcher)
            return FALSE; // the default handler ends the process
        SignalWatcher *watcher = g_watcher;
        QMetaObject::invokeMethod(
            watcher, [watcher, signalNumber] { Q_EMIT watcher->terminationRequested(signalNumber); }, Qt::QueuedConnection);
    }
    if (type == CTRL_CLOSE_EVENT || type == CTRL_LOGOFF_EVENT || type == CTRL_SHUTDOWN_EVENT) {
        // The process ends as soon as this returns (and after about five
        // seconds regardless): give the clean shutdown the time there is.
        WaitForSingleObject(g_finished, 4500);
    }
    return TRUE;
}
} // namespace
#else
namespace {
int g_signalFds[2] = {-1, -1};

void onSignal(int signalNumber)
{
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_signalFds[0], &byte, 1);
}
} // namespace
#endif

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_WIN
    QMutexLocker lock(&g_mutex);
    g_watcher = this;
    if (!g_finished)
        g_finished = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    else
        ResetEvent(g_finished);
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFds) != 0)
        return;
    m_notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onReadable);

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    QMutexLocker lock(&g_mutex);
    g_watcher = nullptr;
    if (g_finished)
        SetEvent(g_finished);
#else
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    for (int &fd : g_signalFds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#endif
}

void SignalWatcher::onReadable()
{
#ifndef Q_OS_WIN
    unsigned char byte = 0;
    if (::read(g_signalFds[1], &byte, 1) == 1)
        Q_EMIT terminationRequested(byte);
#endif
}

} // namespace Revaer
