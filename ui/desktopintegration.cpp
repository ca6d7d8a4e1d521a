#include "desktopintegration.h"
#include "uiresources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

#ifdef Q_OS_MACOS
#include <CoreServices/CoreServices.h>
#endif

namespace Revaer {

namespace {

const QString MagnetScheme = QStringLiteral("x-scheme-handler/magnet");
const QString TorrentMime = QStringLiteral("application/x-bittorrent");

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)

QString mimeAppsList()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/mimeapps.list");
}

// Sets `key=value` in `group` of an INI-like file, keeping every other line
// as it was (QSettings would escape the '/' in MIME types and reorder lines).
QStringList setEntry(QStringList lines, const QString &group, const QString &key, const QString &value)
{
    const QString header = u'[' + group + u']';
    qsizetype start = lines.indexOf(header);
    if (start < 0) {
        if (!lines.isEmpty() && !lines.constLast().isEmpty())
            lines.append(QString());
        lines.append(header);
        lines.append(key + u'=' + value);
        return lines;
    }
    qsizetype end = start + 1;
    while (end < lines.size() && !lines.at(end).startsWith(u'['))
        ++end;
    for (qsizetype i = start + 1; i < end; ++i) {
        if (lines.at(i).section(u'=', 0, 0).trimmed() == key) {
            lines[i] = key + u'=' + value;
            return lines;
        }
    }
    // After the group's last non-empty line.
    qsizetype at = end;
    while (at > start + 1 && lines.at(at - 1).trimmed().isEmpty())
        --at;
    lines.insert(at, key + u'=' + value);
    return lines;
}

QString entryValue(const QStringList &lines, const QString &group, const QString &key)
{
    const qsizetype start = lines.indexOf(u'[' + group + u']');
    if (start < 0)
        return {};
    for (qsizetype i = start + 1; i < lines.size() && !lines.at(i).startsWith(u'['); ++i) {
        if (lines.at(i).section(u'=', 0, 0).trimmed() == key)
            return lines.at(i).section(u'=', 1).trimmed();
    }
    return {};
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = QCoreApplication::translate("DesktopIntegration", "Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

#endif

#ifdef Q_OS_WIN
const QString ClassesRoot = QStringLiteral("HKEY_CURRENT_USER\\Software\\Classes");
const QString TorrentProgId = QStringLiteral("Revaer.Torrent");

QString openCommand()
{
    return QStringLiteral("\"%1\" \"%2\"")
        .arg(QDir::toNativeSeparators(QCoreApplication::applicationFilePath()), QStringLiteral("%1"));
}
#endif

#ifdef Q_OS_MACOS
CFStringRef cfString(const QString &text)
{
    return text.toCFString();
}
#endif

} // namespace

QString DesktopIntegration::desktopFileName()
{
    return QStringLiteral("org.revaer.Revaer.desktop");
}

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)

QString DesktopIntegration::desktopEntry(const QString &executable)
{
    // The entry packages install (installer/linux), with this executable.
    initUiResources();
    QFile file(QStringLiteral(":/desktop/") + desktopFileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString quoted = executable;
    if (quoted.contains(u' '))
        quoted = u'"' + quoted + u'"';
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(QStringLiteral("Exec=")))
            line = QStringLiteral("Exec=%1 %U").arg(quoted);
    }
    return lines.join(u'\n');
}

bool DesktopIntegration::isDefaultHandler()
{
    const QStringList lines = readLines(mimeAppsList());
    return entryValue(lines, QStringLiteral("Default Applications"), MagnetScheme) == desktopFileName()
        && entryValue(lines, QStringLiteral("Default Applications"), TorrentMime) == desktopFileName();
}

bool DesktopIntegration::makeDefaultHandler(QString *error)
{
    // An installed entry (a package) is used as it is; otherwise one for this
    // executable goes into the user's applications folder.
    // One written here earlier is rewritten, in case Revaer moved.
    const QString userEntry = QStandardPaths::writableLocation(QStandardPaths::ApplicationsLocation) + u'/' + desktopFileName();
    const QString found = QStandardPaths::locate(QStandardPaths::ApplicationsLocation, desktopFileName());
    if (found.isEmpty() || found == userEntry) {
        if (!writeFile(userEntry, desktopEntry(QCoreApplication::applicationFilePath()).toUtf8(), error))
            return false;
    }
    QStringList lines = readLines(mimeAppsList());
    for (const QString &type : {MagnetScheme, TorrentMime}) {
        lines = setEntry(lines, QStringLiteral("Default Applications"), type, desktopFileName());
        QString added = entryValue(lines, QStringLiteral("Added Associations"), type);
        if (!added.split(u';', Qt::SkipEmptyParts).contains(desktopFileName()))
            lines = setEntry(lines, QStringLiteral("Added Associations"), type, desktopFileName() + u';' + added);
    }
    return writeFile(mimeAppsList(), (lines.join(u'\n') + u'\n').toUtf8(), error);
}

#elif defined(Q_OS_WIN)

bool DesktopIntegration::isDefaultHandler()
{
    QSettings classes(ClassesRoot, QSettings::NativeFormat);
    return classes.value(QStringLiteral("magnet/shell/open/command/Default")).toString() == openCommand()
        && classes.value(QStringLiteral(".torrent/Default")).toString() == TorrentProgId
        && classes.value(TorrentProgId + QStringLiteral("/shell/open/command/Default")).toString() == openCommand();
}

bool DesktopIntegration::makeDefaultHandler(QString *error)
{
    QSettings classes(ClassesRoot, QSettings::NativeFormat);
    const QString icon = QDir::toNativeSeparators(QCoreApplication::applicationFilePath()) + QStringLiteral(",0");
    classes.setValue(QStringLiteral("magnet/Default"), QStringLiteral("URL:Magnet link"));
    classes.setValue(QStringLiteral("magnet/URL Protocol"), QString());
    classes.setValue(QStringLiteral("magnet/DefaultIcon/Default"), icon);
    classes.setValue(QStringLiteral("magnet/shell/open/command/Default"), openCommand());
    classes.setValue(TorrentProgId + QStringLiteral("/Default"), QStringLiteral("Torrent file"));
    classes.setValue(TorrentProgId + QStringLiteral("/DefaultIcon/Default"), icon);
    classes.setValue(TorrentProgId + QStringLiteral("/shell/open/command/Default"), openCommand());
    classes.setValue(QStringLiteral(".torrent/Default"), TorrentProgId);
    classes.setValue(QStringLiteral(".torrent/Content Type"), TorrentMime);
    classes.sync();
    if (classes.status() != QSettings::NoError) {
        *error = QCoreApplication::translate("DesktopIntegration", "Cannot write to the registry (%1).").arg(ClassesRoot);
        return false;
    }
    return true;
}

#elif defined(Q_OS_MACOS)

bool DesktopIntegration::isDefaultHandler()
{
    const CFStringRef scheme = cfString(QStringLiteral("magnet"));
    const CFStringRef handler = LSCopyDefaultHandlerForURLScheme(scheme);
    CFRelease(scheme);
    if (!handler)
        return false;
    const bool ours = QString::fromCFString(handler).compare(QStringLiteral("org.revaer.Revaer"), Qt::CaseInsensitive) == 0;
    CFRelease(handler);
    return ours;
}

bool DesktopIntegration::makeDefaultHandler(QString *error)
{
    const CFStringRef bundle = cfString(QStringLiteral("org.revaer.Revaer"));
    const CFStringRef scheme = cfString(QStringLiteral("magnet"));
    const CFStringRef type = cfString(QStringLiteral("org.bittorrent.torrent"));
    const OSStatus a = LSSetDefaultHandlerForURLScheme(scheme, bundle);
    const OSStatus b = LSSetDefaultRoleHandlerForContentType(type, kLSRolesViewer, bundle);
    CFRelease(bundle);
    CFRelease(scheme);
    CFRelease(type);
    if (a != noErr || b != noErr) {
        *error
            = QCoreApplication::translate("DesktopIntegration", "Launch Services refused it (error %1).").arg(a != noErr ? a : b);
        return false;
    }
    return true;
}

#else

bool DesktopIntegration::isDefaultHandler()
{
    return false;
}

bool DesktopIntegration::makeDefaultHandler(QString *error)
{
    *error = QCoreApplication::translate("DesktopIntegration", "This system has no way to choose the default application.");
    return false;
}

#endif

} // namespace Revaer
