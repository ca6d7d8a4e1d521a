#pragma once

#include <QString>

class QProcess;

namespace Revaer::TestSupport {

// Starts a D-Bus session bus of the test's own in `daemon` (dbus-daemon
// --nofork: the test stops it by this handle) and returns its address, or an
// empty string when dbus-daemon is missing or does not start.
QString startSessionBus(QProcess &daemon);

// Stops a process the test started, by its handle.
void stopProcess(QProcess &process);

} // namespace Revaer::TestSupport
