#include "headlessrunner.h"

#include "completionprogram.h"
#include "folderwatcher.h"
#include "libtorrentengine.h"
#include "profile.h"
#include "remotecontrol.h"
#include "rpcserver.h"
#include "settingsstore.h"
#include "signalwatcher.h"
#include "stallprobe.h"
#include "units.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTimer>

#include <cstdio>

namespace Revaer {

HeadlessRunner::HeadlessRunner(CommandLine commandLine, QObject *parent)
    : QObject(parent)
    , m_commandLine(std::move(commandLine))
    , m_signals(new SignalWatcher(this))
    , m_out(stdout)
    , m_err(stderr)
{
    connect(m_signals, &SignalWatcher::terminationRequested, this, [this](int signalNumber) {
        m_err << "revaer: signal " << signalNumber << " received, shutting down" << Qt::endl;
        finish(0);
    });
}

HeadlessRunner::~HeadlessRunner() = default;

bool HeadlessRunner::start()
{
    m_sinceStart.start();
    if (m_commandLine.stats) {
        // The main thread's longest event-loop stall.
        m_stallProbe = new StallProbe(this);
        m_stallProbe->start();
    }
    const Profile profile = m_commandLine.profile();

    EngineConfig base;
    base.defaultSavePath = Profile::standardDownloadsDir();
    base.resumeDir = profile.resumeDir();
    // What the command line says holds for this run, through edits of the file too.
    base.overrides = m_commandLine.overrides();
    // The same owner of the settings file as the window's: edits while
    // Revaer runs are checked and applied.
    m_settings = std::make_unique<SettingsStore>(profile.settingsFile());
    m_settings->load(base);
    for (const QString &problem : m_settings->startupProblems())
        m_err << "revaer: warning: " << problem << Qt::endl;
    if (const int port = m_settings->chosenListenPort())
        m_out << "note: this profile listens for peers on port " << port << " (chosen at random on its first start; "
              << "Connection/listenPort in " << QDir::toNativeSeparators(profile.settingsFile()) << ")" << Qt::endl;
    connect(m_settings.get(), &SettingsStore::problem, this,
        [this](const QString &message) { m_err << "revaer: warning: " << message << Qt::endl; });

    m_engine = std::make_unique<LibtorrentEngine>(m_settings->engineConfig());
    m_settings->attach(m_engine.get());
    connect(m_engine.get(), &TorrentEngine::started, this, &HeadlessRunner::onStarted);
    connect(m_engine.get(), &TorrentEngine::torrentAdded, this, &HeadlessRunner::onAdded);
    connect(m_engine.get(), &TorrentEngine::filesDiscovered, this, &HeadlessRunner::onFiles);
    connect(m_engine.get(), &TorrentEngine::restoreProgress, this, &HeadlessRunner::onRestoreProgress);
    connect(m_engine.get(), &TorrentEngine::reconciled, this, &HeadlessRunner::onReconciled);
    connect(m_engine.get(), &TorrentEngine::message, this, &HeadlessRunner::onMessage);
    connect(m_engine.get(), &TorrentEngine::stateChanged, this, [this](const TorrentStateEvent &event) {
        Torrent &t = m_torrents[event.id];
        t.checking = event.state == TorrentState::CheckingResume || event.state == TorrentState::Checking;
        if (event.state == TorrentState::Checking)
            m_out << t.name << ": checking files" << Qt::endl;
        // A restored torrent that was complete before says so by seeding:
        // no "completed" event comes for it.
        if (event.state == TorrentState::Seeding && t.restored && !t.complete) {
            t.complete = true;
            checkDone();
        } else if (event.state == TorrentState::Downloading) {
            t.complete = false;
        }
    });
    connect(m_engine.get(), &TorrentEngine::progressUpdated, this, &HeadlessRunner::onProgress);
    connect(m_engine.get(), &TorrentEngine::completed, this, &HeadlessRunner::onCompleted);
    connect(m_engine.get(), &TorrentEngine::storageMoved, this, [this](const TorrentId &id, const QString &savePath) {
        const auto it = m_torrents.find(id);
        if (it == m_torrents.end())
            return;
        m_out << it->name << ": moved to " << QDir::toNativeSeparators(savePath) << Qt::endl;
        it->moving = false;
        checkDone();
    });
    connect(m_engine.get(), &TorrentEngine::healthChanged, this, &HeadlessRunner::onHealth);
    connect(m_engine.get(), &TorrentEngine::torrentRemoved, this, [this](const TorrentRemovedEvent &event) {
        m_torrents.remove(event.id);
        checkDone();
    });
    auto *completion = new CompletionRunner(
        m_engine.get(), [this] { return m_settings->completionCommand(); }, this);
    connect(completion, &CompletionRunner::message, this,
        [this](const EngineMessage &message) { m_err << "revaer: " << message.message << Qt::endl; });
    // Folders named in the settings add their .torrent files.
    m_watcher = new FolderWatcher(m_engine.get(), {}, this);
    m_watcher->follow(m_settings.get());
    connect(m_watcher, &FolderWatcher::message, this,
        [this](const EngineMessage &message) { m_err << "revaer: " << message.message << Qt::endl; });
    const RpcConfig remote = m_commandLine.remoteConfig(RpcConfig::fromSection(m_settings->section(QStringLiteral("Remote"))));
    if (remote.enabled) {
        // Before the engine starts: the mirror sees every restored torrent.
        m_remote = new RemoteControl(m_engine.get(), m_settings.get(), this);
        QString error;
        if (!m_remote->start(remote, &error)) {
            m_err << "revaer: " << error << Qt::endl;
            return false;
        }
        m_out << "remote control: " << m_remote->server()->rpcUrl()
              << (remote.requiresAuthentication() ? " (user and password required)" : " (no password: this machine only)")
              << Qt::endl;
        if (!remote.webUiDir.isEmpty())
            m_out << "web client: " << m_remote->server()->webUrl() << Qt::endl;
        connect(m_remote, &RemoteControl::closeRequested, this, [this] {
            m_err << "revaer: a remote client asked Revaer to quit (session-close)" << Qt::endl;
            // After this answer has been written.
            QTimer::singleShot(100, this, [this] { finish(0); });
        });
    }
    m_engine->start();
    return true;
}

void HeadlessRunner::onStarted()
{
    for (const QString &source : std::as_const(m_commandLine.sources)) {
        AddTorrentRequest request = AddTorrentRequest::fromArgument(source);
        if (request.kind == AddTorrentRequest::Kind::TorrentFile)
            request.source = QDir::current().absoluteFilePath(request.source);
        request.peers = m_commandLine.peers;
        request.labels = m_commandLine.labels;
        m_settings->place(request);
        m_pendingSources.insert(request.source);
        m_engine->addTorrent(request);
    }
    checkDone();
}

void HeadlessRunner::onAdded(const TorrentAddedEvent &event)
{
    if (m_commandLine.stats && !m_firstShown) {
        m_firstShown = true;
        m_out << "stats: first torrent shown after " << m_sinceStart.elapsed() << " ms" << Qt::endl;
    }
    Torrent &t = m_torrents[event.id];
    t.name = event.name;
    t.restored = event.restored;
    t.moving = !event.finalSavePath.isEmpty();
    t.sinceAdded.start();
    const bool fromCommandLine = m_pendingSources.remove(event.source);
    // --peer is for every torrent: restored ones and those added remotely too.
    if (!fromCommandLine && !m_commandLine.peers.isEmpty())
        m_engine->addPeers({event.id}, m_commandLine.peers);
    m_out << event.name << ": " << (event.restored ? "restored" : "added") << ", saving to "
          << QDir::toNativeSeparators(event.savePath) << ", sequential " << (event.sequential ? "on" : "off")
          << (event.paused ? ", paused" : "");
    if (!event.labels.category.isEmpty())
        m_out << ", category " << event.labels.category;
    if (!event.labels.tags.isEmpty())
        m_out << ", tags " << event.labels.tags.join(QStringLiteral(", "));
    if (!event.finalSavePath.isEmpty())
        m_out << ", moving to " << QDir::toNativeSeparators(event.finalSavePath) << " when complete";
    m_out << Qt::endl;
}

void HeadlessRunner::onFiles(const FilesDiscoveredEvent &event)
{
    const qsizetype selected = std::count_if(
        event.filePriorities.cbegin(), event.filePriorities.cend(), [](int priority) { return priority > FilePriority::Skip; });
    qsizetype files = 0;
    for (const TorrentFileEntry &file : event.metadata.files)
        files += file.padFile ? 0 : 1;
    m_out << event.metadata.name << ": " << selected << " of " << files << " files selected, "
          << Units::formatBytes(event.metadata.totalSize, QLocale::c()) << Qt::endl;
}

void HeadlessRunner::onRestoreProgress(const RestoreProgressEvent &event)
{
    if (!event.finished)
        return;
    m_restoreFinished = true;
    m_out << "restored " << event.restored - event.setAside << " torrents in " << event.elapsedMs << " ms";
    if (event.setAside > 0)
        m_out << "; " << event.setAside << " could not be restored and were set aside (see the notes above)";
    m_out << Qt::endl;
    if (m_commandLine.stats)
        m_out << "stats: restore done after " << m_sinceStart.elapsed() << " ms; longest stall: worker " << event.longestStallMs
              << " ms, main thread " << (m_stallProbe ? m_stallProbe->longestMs() : 0) << " ms" << Qt::endl;
    checkDone();
}

void HeadlessRunner::onReconciled(const ReconciliationEvent &event)
{
    m_out << "note: " << event.message << Qt::endl;
}

void HeadlessRunner::onProgress(const QList<TorrentProgress> &batch)
{
    bool becameComplete = false;
    for (const TorrentProgress &p : batch) {
        const auto it = m_torrents.find(p.id);
        if (it == m_torrents.end() || it->complete || it->checking)
            continue;
        if (it->restored && p.totalBytes > 0 && p.doneBytes >= p.totalBytes) {
            // Restored complete and paused (it does not seed): complete all
            // the same. A new torrent says so with its completed event.
            it->complete = true;
            becameComplete = true;
            continue;
        }
        if (it->sinceLastLine.isValid() && it->sinceLastLine.elapsed() < 1000)
            continue;
        it->sinceLastLine.start();
        m_out << it->name << ": " << QString::number(p.progress * 100.0, 'f', 1) << "% of "
              << Units::formatBytes(p.totalBytes, QLocale::c()) << " (" << p.doneBytes << " of " << p.totalBytes
              << " bytes), down " << Units::formatRate(p.downloadRate, QLocale::c()) << ", up "
              << Units::formatRate(p.uploadRate, QLocale::c()) << ", seeds " << p.connectedSeeds << ", peers " << p.connectedPeers
              << ", ETA " << Units::formatDuration(p.etaSeconds) << Qt::endl;
    }
    if (becameComplete)
        checkDone();
}

void HeadlessRunner::onCompleted(const TorrentCompletedEvent &event)
{
    Torrent &t = m_torrents[event.id];
    t.complete = true;
    m_out << event.name << ": complete";
    if (t.sinceAdded.isValid())
        m_out << " after " << QString::number(t.sinceAdded.elapsed() / 1000.0, 'f', 1) << " s";
    m_out << Qt::endl;
    checkDone();
}

void HeadlessRunner::onMessage(const EngineMessage &event)
{
    if (event.severity == EngineMessage::Severity::Notice) {
        m_out << "note: " << event.message << Qt::endl;
        return;
    }
    if (event.severity == EngineMessage::Severity::Warning) {
        m_err << "revaer: warning: " << event.message << Qt::endl;
        return;
    }
    if (event.alreadyAdded) {
        // Running the same command again is fine: the torrent is already here.
        m_out << "note: " << event.message << Qt::endl;
        m_pendingSources.remove(event.source);
        checkDone();
        return;
    }
    m_err << "revaer: " << event.message << Qt::endl;
    if (!event.id.isValid() || m_commandLine.exitWhenDone) {
        // A source that cannot be used, or a torrent that cannot finish.
        finish(2);
    }
}

void HeadlessRunner::onHealth(const HealthEvent &event)
{
    if (event.state == HealthState::Healthy)
        return;
    m_err << "revaer: engine " << healthStateName(event.state).toLower() << ": " << event.reason << Qt::endl;
    if (event.state == HealthState::Unhealthy)
        finish(3);
}

void HeadlessRunner::checkDone()
{
    if (!m_commandLine.exitWhenDone || !m_pendingSources.isEmpty() || !m_restoreFinished)
        return;
    // Complete, and in its final folder: --exit-when-done must not end the
    // run between the download and the move out of the incomplete folder.
    const bool allComplete
        = std::all_of(m_torrents.cbegin(), m_torrents.cend(), [](const Torrent &t) { return t.complete && !t.moving; });
    if (allComplete)
        finish(0);
}

void HeadlessRunner::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    QElapsedTimer stopping;
    stopping.start();
    m_engine->stop();
    if (m_commandLine.stats)
        m_out << "stats: shutdown took " << stopping.elapsed() << " ms" << Qt::endl;
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(exitCode);
}

} // namespace Revaer
