#include "folderwatcher.h"

#include "addtorrentrequest.h"
#include "backend/torrentfileparser.h"
#include "logging.h"
#include "settingsstore.h"
#include "torrentengine.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace Revaer {

namespace {

const QString AddedFolder = QStringLiteral("added");

// `path`, or `path-2`, `path-3`... whichever does not exist yet.
QString unusedName(const QString &path)
{
    QString candidate = path;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo(candidate).isSymLink(); ++n)
        candidate = QStringLiteral("%1-%2").arg(path).arg(n);
    return candidate;
}

// Renames `from` to `to`: empty on success, else the system's reason.
QString renameFile(const QString &from, const QString &to)
{
    QFile file(from);
    return file.rename(to) ? QString() : file.errorString();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

FolderWatcher::FolderWatcher(TorrentEngine *engine, Place place, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_place(std::move(place))
{
    m_clock.start();
    m_poll.setInterval(m_timing.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &FolderWatcher::scan);
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, &FolderWatcher::scan);
    // A change: look soon (a file being written changes many times).
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_settle.isActive())
            m_settle.start(200);
    });
}

void FolderWatcher::follow(SettingsStore *settings)
{
    m_place = [settings](AddTorrentRequest &request) { settings->place(request); };
    auto apply = [this, settings] {
        if (m_engineStarted)
            setFolders(settings->watchedFolders());
    };
    connect(m_engine, &TorrentEngine::started, this, [this, apply] {
        m_engineStarted = true;
        apply();
    });
    connect(m_engine, &TorrentEngine::stopped, this, [this] {
        m_engineStarted = false;
        setFolders({});
    });
    connect(settings, &SettingsStore::watchedFoldersChanged, this, apply);
    connect(settings, &SettingsStore::changed, this, apply); // an edit of the file
}

void FolderWatcher::setTiming(const Timing &timing)
{
    m_timing = timing;
    m_poll.setInterval(timing.pollMs);
}

void FolderWatcher::setFolders(const QList<WatchedFolder> &folders)
{
    if (folders == m_folders && (folders.isEmpty() || m_poll.isActive()))
        return;
    m_folders = folders;
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_seen.clear();
    if (folders.isEmpty()) {
        m_poll.stop();
        return;
    }
    m_poll.start();
    scan();
}

void FolderWatcher::scan()
{
    for (const WatchedFolder &folder : std::as_const(m_folders))
        scanFolder(folder);
}

void FolderWatcher::settleLater()
{
    if (!m_settle.isActive() || m_settle.remainingTime() > m_timing.settleMs)
        m_settle.start(m_timing.settleMs);
}

void FolderWatcher::scanFolder(const WatchedFolder &folder)
{
    const QFileInfo info(folder.path);
    if (!info.isDir())
        return; // not there (yet, or any more): the poll looks again
    // Watched again whenever it exists: a folder deleted and made again is
    // a new folder to the system's notifications.
    if (!m_watcher.directories().contains(folder.path))
        m_watcher.addPath(folder.path);
    QDir dir(folder.path);
    // System: FIFOs, sockets and devices named *.torrent are seen, to be set aside.
    const QStringList names = dir.entryList({QStringLiteral("*.torrent")}, QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    for (const QString &name : names)
        consider(folder, dir.filePath(name));
}

void FolderWatcher::consider(const WatchedFolder &folder, const QString &file)
{
    const QFileInfo info(file);
    if (!info.isFile() || (info.isSymLink() && !QFileInfo(info.symLinkTarget()).isFile())) {
        setAside(file, tr("it is not a regular file"));
        return;
    }
    const qint64 modifiedMs = info.lastModified().toMSecsSinceEpoch();
    if (m_done.value(file, -1) == modifiedMs)
        return;
    const qint64 now = m_clock.elapsed();
    Seen &seen = m_seen[file];
    if (seen.size != info.size() || seen.modifiedMs != modifiedMs) {
        // New, or still being written.
        seen = {info.size(), modifiedMs, now};
        settleLater();
        return;
    }
    const qint64 stableMs = now - seen.stableSinceMs;
    if (stableMs < m_timing.settleMs) {
        settleLater();
        return;
    }
    const bool givenUp = stableMs >= m_timing.invalidAfterMs;
    QString error;
    const QByteArray data = TorrentFileParser::readFile(file, &error);
    if (!error.isEmpty() || data.isEmpty()) {
        if (givenUp || info.size() > TorrentFileParser::MaxTorrentFileBytes)
            setAside(file, error.isEmpty() ? tr("it is empty") : error);
        return;
    }
    const TorrentFileParser::Result parsed = TorrentFileParser::parseTorrent(data, file);
    if (!parsed.ok()) {
        // Perhaps not written in full yet: a whole one parses.
        if (givenUp)
            setAside(file, parsed.error);
        return;
    }
    add(folder, file, data);
}

void FolderWatcher::add(const WatchedFolder &folder, const QString &file, const QByteArray &data)
{
    AddTorrentRequest request;
    request.kind = AddTorrentRequest::Kind::TorrentData;
    request.data = data; // read already: the file may be renamed at once
    request.source = file;
    request.paused = folder.startPaused;
    request.labels.category = folder.category;
    request.savePath = folder.savePath;
    if (m_place)
        m_place(request);
    m_engine->addTorrent(request);
    m_seen.remove(file);

    // Out of the way, so that it is not added again.
    QString target;
    QString error;
    if (folder.afterAdding == WatchedFolder::AfterAdding::MoveToSubfolder) {
        const QString subfolder = QDir(folder.path).filePath(AddedFolder);
        if (!QDir().mkpath(subfolder))
            error = tr("cannot make the folder %1").arg(native(subfolder));
        else
            target = unusedName(QDir(subfolder).filePath(QFileInfo(file).fileName()));
    } else {
        target = unusedName(file + QStringLiteral(".added"));
    }
    if (error.isEmpty())
        error = renameFile(file, target);
    if (!error.isEmpty()) {
        m_done.insert(file, QFileInfo(file).lastModified().toMSecsSinceEpoch());
        Q_EMIT message({{}, file,
            tr("Added %1 from a watched folder, but could not rename it (%2): it is not added again while Revaer runs; "
               "move it away before the next start.")
                .arg(native(file), error),
            false, EngineMessage::Severity::Warning});
        return;
    }
    qCInfo(lcEngine).noquote() << "watched folder: added" << file << "->" << target;
}

void FolderWatcher::setAside(const QString &file, const QString &reason)
{
    m_seen.remove(file);
    const QString target = unusedName(file + QStringLiteral(".invalid"));
    const QString error = renameFile(file, target);
    if (!error.isEmpty()) {
        // Not renamed: said once, not tried again until it changes.
        const QFileInfo info(file);
        if (m_done.contains(file))
            return;
        m_done.insert(file, info.exists() ? info.lastModified().toMSecsSinceEpoch() : 0);
        Q_EMIT message({{}, file,
            tr("%1 in a watched folder is not a torrent (%2), and could not be renamed (%3). Remove it.")
                .arg(native(file), reason, error),
            false, EngineMessage::Severity::Error});
        return;
    }
    Q_EMIT message({{}, file,
        tr("%1 in a watched folder is not a torrent (%2). It was renamed %3; fix or remove it.")
            .arg(native(file), reason, QFileInfo(target).fileName()),
        false, EngineMessage::Severity::Error});
}

} // namespace Revaer
