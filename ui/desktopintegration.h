#pragma once

#include <QString>

namespace Revaer {

// Makes Revaer what the desktop opens for magnet: links and .torrent files,
// for the current user, on each platform:
//  - Linux and other XDG desktops: a desktop entry (written to the user's
//    applications folder unless one is installed) and the defaults in
//    $XDG_CONFIG_HOME/mimeapps.list, as the XDG MIME Applications spec says.
//  - Windows: HKEY_CURRENT_USER\Software\Classes (the magnet URL protocol and
//    a Revaer.Torrent file type for .torrent).
//  - macOS: Launch Services, for the types the bundle's Info.plist declares.
class DesktopIntegration
{
public:
    // The desktop entry's name (also the application id).
    static QString desktopFileName();

    // Whether both magnet: links and .torrent files open in Revaer.
    static bool isDefaultHandler();
    // Registers Revaer for both; false with a message saying what failed.
    static bool makeDefaultHandler(QString *error);

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The desktop entry for `executable` (used when none is installed).
    static QString desktopEntry(const QString &executable);
#endif
};

} // namespace Revaer
