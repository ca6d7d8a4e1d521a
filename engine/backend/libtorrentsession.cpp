#include "libtorrentsession.h"

#include "logging.h"
#include "ltconvert.h"
#include "ltsettings.h"
#include "torrentfileparser.h"
#include "units.h"

#include <libtorrent/alert_types.hpp>
#include <libtorrent/announce_entry.hpp>
#include <libtorrent/bencode.hpp>
#include <libtorrent/error_code.hpp>
#include <libtorrent/extensions/smart_ban.hpp>
#include <libtorrent/extensions/ut_metadata.hpp>
#include <libtorrent/extensions/ut_pex.hpp>
#include <libtorrent/fingerprint.hpp>
#include <libtorrent/hex.hpp>
#include <libtorrent/ip_filter.hpp>
#include <libtorrent/load_torrent.hpp>
#include <libtorrent/magnet_uri.hpp>
#include <libtorrent/operations.hpp>
#include <libtorrent/peer_info.hpp>
#include <libtorrent/read_resume_data.hpp>
#include <libtorrent/session.hpp>
#include <libtorrent/session_params.hpp>
#include <libtorrent/session_stats.hpp>
#include <libtorrent/torrent_handle.hpp>
#include <libtorrent/version.hpp>
#include <libtorrent/write_resume_data.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <limits>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace Revaer {

namespace {

// libtorrent applies a shorter priority list to the first files only and
// leaves the rest at its default; this spells that out for every file.
QList<int> prioritiesFor(const std::vector<lt::download_priority_t> &priorities, int fileCount)
{
    QList<int> result(fileCount, FilePriority::Normal);
    for (int i = 0; i < fileCount && i < static_cast<int>(priorities.size()); ++i)
        result[i] = Lt::fromLibtorrentPriority(priorities[static_cast<size_t>(i)]);
    return result;
}

// "host:port" or "[v6]:port" to an endpoint.
std::optional<lt::tcp::endpoint> parsePeer(const QString &peer)
{
    const qsizetype colon = peer.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool portOk = false;
    const int port = peer.mid(colon + 1).toInt(&portOk);
    QString host = peer.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    lt::error_code ec;
    const lt::address address = lt::make_address(Lt::toStdString(host), ec);
    if (ec || !portOk || port <= 0 || port > 65535)
        return std::nullopt;
    return lt::tcp::endpoint(address, static_cast<std::uint16_t>(port));
}

// The errors after which libtorrent 2.0 puts a torrent in upload mode
// (torrent::handle_disk_error) instead of stopping it with an error.
bool blocksWrites(const lt::error_code &error)
{
    namespace errc = boost::system::errc;
    return error == errc::no_space_on_device || error == errc::read_only_file_system || error == errc::permission_denied
        || error == errc::operation_not_permitted || error == errc::file_too_large;
}

QString describeSource(const AddTorrentRequest &request)
{
    return request.source.isEmpty() ? QCoreApplication::translate("LibtorrentSession", "the torrent")
                                    : Units::elided(request.source);
}

} // namespace

struct LibtorrentSession::Private {
    explicit Private(const SessionSettings &settings)
        // No default plugins: they are added below so that peer exchange can
        // be left out. Changing it takes effect at the next session start.
        : session(lt::session_params(Lt::settingsPack(settings), {}))
    {
        clock.start();
        globalCapped = settings.effectiveLimits().downloadLimit > 0 || settings.effectiveLimits().uploadLimit > 0;
        updateLimiterPrecision();
        session.add_extension(&lt::create_ut_metadata_plugin);
        session.add_extension(&lt::create_smart_ban_plugin);
        pexEnabled = settings.enablePex;
        dhtEnabled = settings.enableDht;
        lsdEnabled = settings.enableLsd;
        if (pexEnabled)
            session.add_extension(&lt::create_ut_pex_plugin);
        session.set_peer_class_filter(Lt::peerClassFilter(settings.limitLocalPeers));
    }

    lt::torrent_handle handle(const TorrentId &id) const
    {
        const auto it = handleById.find(id);
        if (it == handleById.end())
            return {};
        return it->second;
    }

    TorrentId idOf(const lt::torrent_handle &h) const
    {
        const auto it = idByHandle.find(h);
        return it == idByHandle.end() ? TorrentId {} : it->second;
    }

    void convert(lt::alert *alert, std::vector<SessionAlert> &out);
    TorrentDetails detailsOf(const TorrentId &id, const lt::torrent_status &st, FilePriorities priorities);

    // A torrent's trackers as libtorrent last said them. libtorrent 2.0
    // answers for one torrent at a time, a round trip to its thread each, so
    // a remote client asking for thousands would wait on that: the list is
    // kept until anything changes it (any tracker alert for the torrent, its
    // trackers replaced, a reannounce, pause or resume, the listen sockets)
    // and never longer than TrackersKeptMs.
    const std::vector<lt::announce_entry> &trackersOf(const TorrentId &id, const lt::torrent_handle &h)
    {
        const qint64 now = clock.elapsed();
        auto it = trackers.find(id);
        if (it == trackers.end() || now - it->second.fetchedMs > TrackersKeptMs)
            it = trackers.insert_or_assign(id, KnownTrackers {h.trackers(), now}).first;
        return it->second.entries;
    }
    void forgetTrackers(const TorrentId &id) { trackers.erase(id); }

    void updateLimiterPrecision()
    {
        const bool capped = globalCapped || !cappedTorrents.empty();
        if (precise == capped)
            return;
        precise = capped;
        session.apply_settings(Lt::limiterPrecision(capped));
    }

    lt::session session;
    struct KnownTrackers {
        std::vector<lt::announce_entry> entries;
        qint64 fetchedMs = 0;
    };
    // A safety net only: every change libtorrent makes to a tracker list
    // comes with an alert or a call of ours that drops the kept one.
    static constexpr qint64 TrackersKeptMs = 10'000;
    std::unordered_map<TorrentId, KnownTrackers> trackers;
    QElapsedTimer clock;
    std::unordered_map<lt::torrent_handle, TorrentId> idByHandle;
    std::unordered_map<TorrentId, lt::torrent_handle> handleById;
    // What an add needs when its alert arrives: the id (restored torrents keep
    // theirs) and the file priorities (the alert's copy of the parameters no
    // longer holds them: libtorrent moved them into the torrent).
    struct PendingAdd {
        TorrentId id;
        std::vector<lt::download_priority_t> filePriorities;
    };
    std::unordered_map<lt::info_hash_t, PendingAdd> pendingAdds;
    // Removed with their files; the deleted alerts carry only info-hashes.
    std::vector<std::pair<lt::info_hash_t, TorrentId>> pendingDeletes;
    std::vector<lt::alert *> alertBuffer;
    bool globalCapped = false;
    bool pexEnabled = false; // the plugin is added at the session's start only
    // As last applied: details() reads them without asking for the whole settings pack.
    bool dhtEnabled = false;
    bool lsdEnabled = false;
    bool precise = false;
    // Session counters, to turn byte totals into rates.
    int recvPayloadIndex = lt::find_metric_idx("net.recv_payload_bytes");
    int sentPayloadIndex = lt::find_metric_idx("net.sent_payload_bytes");
    int dhtNodesIndex = lt::find_metric_idx("dht.dht_nodes");
    std::int64_t lastRecv = -1;
    std::int64_t lastSent = -1;
    std::chrono::steady_clock::time_point lastStatsAt;
    std::unordered_set<TorrentId> cappedTorrents;
};

LibtorrentSession::LibtorrentSession(const SessionSettings &settings)
    : d(std::make_unique<Private>(settings))
{ }

LibtorrentSession::~LibtorrentSession()
{
    // The notify callback may reach into a worker that is going away.
    d->session.set_alert_notify({});
}

std::unique_ptr<LibtSession> LibtorrentSession::create(const SessionSettings &settings)
{
    return std::make_unique<LibtorrentSession>(settings);
}

void LibtorrentSession::applySettings(const SessionSettings &settings)
{
    d->session.apply_settings(Lt::settingsPack(settings));
    d->dhtEnabled = settings.enableDht;
    d->lsdEnabled = settings.enableLsd;
    d->globalCapped = settings.effectiveLimits().downloadLimit > 0 || settings.effectiveLimits().uploadLimit > 0;
    d->updateLimiterPrecision();
    d->session.set_peer_class_filter(Lt::peerClassFilter(settings.limitLocalPeers));
}

void LibtorrentSession::setAlertNotify(std::function<void()> notify)
{
    d->session.set_alert_notify(std::move(notify));
}

std::vector<SessionAlert> LibtorrentSession::popAlerts()
{
    d->session.pop_alerts(&d->alertBuffer);
    std::vector<SessionAlert> out;
    out.reserve(d->alertBuffer.size());
    for (lt::alert *alert : d->alertBuffer)
        d->convert(alert, out);
    return out;
}

bool LibtorrentSession::waitForAlert(std::chrono::milliseconds max)
{
    return d->session.wait_for_alert(lt::milliseconds(max.count())) != nullptr;
}

void LibtorrentSession::Private::convert(lt::alert *alert, std::vector<SessionAlert> &converted)
{
    using Kind = SessionAlert::Kind;
    auto push = [&converted](Kind kind, TorrentId id = {}) -> SessionAlert & {
        SessionAlert &a = converted.emplace_back();
        a.kind = kind;
        a.id = std::move(id);
        return a;
    };

    // Announces, answers, errors, scrapes: the kept tracker list is out of date.
    if (alert->category() & lt::alert_category::tracker) {
        if (const auto *a = dynamic_cast<const lt::tracker_alert *>(alert))
            forgetTrackers(idOf(a->handle));
    }

    switch (alert->type()) {
    case lt::add_torrent_alert::alert_type: {
        auto *a = static_cast<lt::add_torrent_alert *>(alert);
        const lt::info_hash_t hashes = a->params.ti ? a->params.ti->info_hashes() : a->params.info_hashes;
        TorrentId id;
        std::vector<lt::download_priority_t> priorities = a->params.file_priorities;
        if (auto it = pendingAdds.find(hashes); it != pendingAdds.end()) {
            id = it->second.id;
            priorities = std::move(it->second.filePriorities);
            pendingAdds.erase(it);
        } else {
            id = Lt::idFromInfoHashes(hashes);
        }
        SessionAlert &out = push(Kind::TorrentAdded, id);
        out.name = Lt::toQString(a->params.ti ? a->params.ti->name() : a->params.name);
        if (a->error) {
            out.error = Lt::errorText(a->error);
            break;
        }
        idByHandle[a->handle] = id;
        handleById[id] = a->handle;
        if (a->params.ti && a->params.ti->is_valid()) {
            out.metadata = Lt::metadataFromTorrentInfo(*a->params.ti);
            out.filePriorities = prioritiesFor(priorities, a->params.ti->num_files());
        }
        TorrentStatus status;
        status.id = id;
        status.name = out.name;
        status.savePath = Lt::toQString(a->params.save_path);
        status.paused = bool(a->params.flags & lt::torrent_flags::paused);
        status.autoManaged = bool(a->params.flags & lt::torrent_flags::auto_managed);
        status.sequential = bool(a->params.flags & lt::torrent_flags::sequential_download);
        status.hasMetadata = out.metadata.has_value();
        status.state = status.hasMetadata ? LibtState::CheckingResumeData : LibtState::DownloadingMetadata;
        status.totalWanted = status.hasMetadata ? out.metadata->totalSize : 0;
        out.status = std::move(status);
        break;
    }
    case lt::metadata_received_alert::alert_type: {
        auto *a = static_cast<lt::metadata_received_alert *>(alert);
        SessionAlert &out = push(Kind::MetadataReceived, idOf(a->handle));
        if (const std::shared_ptr<const lt::torrent_info> info = a->handle.torrent_file()) {
            out.metadata = Lt::metadataFromTorrentInfo(*info);
            out.filePriorities = prioritiesFor(a->handle.get_file_priorities(), info->num_files());
        }
        out.name = out.metadata ? out.metadata->name : QString();
        break;
    }
    case lt::metadata_failed_alert::alert_type: {
        auto *a = static_cast<lt::metadata_failed_alert *>(alert);
        push(Kind::MetadataFailed, idOf(a->handle)).error = Lt::errorText(a->error);
        break;
    }
    case lt::state_changed_alert::alert_type: {
        auto *a = static_cast<lt::state_changed_alert *>(alert);
        push(Kind::StateChanged, idOf(a->handle)).state = Lt::stateFromLibtorrent(a->state);
        break;
    }
    case lt::torrent_finished_alert::alert_type:
        push(Kind::TorrentFinished, idOf(static_cast<lt::torrent_alert *>(alert)->handle));
        break;
    case lt::torrent_paused_alert::alert_type:
        push(Kind::TorrentPaused, idOf(static_cast<lt::torrent_alert *>(alert)->handle));
        break;
    case lt::torrent_resumed_alert::alert_type:
        push(Kind::TorrentResumed, idOf(static_cast<lt::torrent_alert *>(alert)->handle));
        break;
    case lt::torrent_checked_alert::alert_type:
        push(Kind::TorrentChecked, idOf(static_cast<lt::torrent_alert *>(alert)->handle));
        break;
    case lt::torrent_removed_alert::alert_type: {
        auto *a = static_cast<lt::torrent_removed_alert *>(alert);
        const auto it = idByHandle.find(a->handle);
        if (it == idByHandle.end())
            break;
        const TorrentId id = it->second;
        idByHandle.erase(it);
        forgetTrackers(id);
        if (const auto current = handleById.find(id); current != handleById.end() && current->second == a->handle) {
            handleById.erase(current);
            cappedTorrents.erase(id);
        }
        push(Kind::TorrentRemoved, id);
        break;
    }
    case lt::torrent_deleted_alert::alert_type:
    case lt::torrent_delete_failed_alert::alert_type: {
        const bool failed = alert->type() == lt::torrent_delete_failed_alert::alert_type;
        const lt::info_hash_t hashes = failed ? static_cast<lt::torrent_delete_failed_alert *>(alert)->info_hashes
                                              : static_cast<lt::torrent_deleted_alert *>(alert)->info_hashes;
        const auto it = std::find_if(pendingDeletes.begin(), pendingDeletes.end(), [&](const auto &entry) {
            return (entry.first.has_v1() && entry.first.v1 == hashes.v1) || (entry.first.has_v2() && entry.first.v2 == hashes.v2);
        });
        const TorrentId id = it != pendingDeletes.end() ? it->second : Lt::idFromInfoHashes(hashes);
        if (it != pendingDeletes.end())
            pendingDeletes.erase(it);
        SessionAlert &out = push(failed ? Kind::TorrentDeleteFailed : Kind::TorrentDeleted, id);
        if (failed)
            out.error = Lt::errorText(static_cast<lt::torrent_delete_failed_alert *>(alert)->error);
        break;
    }
    case lt::torrent_error_alert::alert_type: {
        auto *a = static_cast<lt::torrent_error_alert *>(alert);
        SessionAlert &out = push(Kind::TorrentError, idOf(a->handle));
        out.error = Lt::errorText(a->error);
        out.filePath = Lt::toQString(a->filename());
        out.diskFull = a->error == boost::system::errc::no_space_on_device;
        out.writeBlocked = blocksWrites(a->error);
        break;
    }
    case lt::file_error_alert::alert_type: {
        auto *a = static_cast<lt::file_error_alert *>(alert);
        SessionAlert &out = push(Kind::FileError, idOf(a->handle));
        out.error = Lt::errorText(a->error);
        out.filePath = Lt::toQString(a->filename());
        out.operation = QString::fromLatin1(lt::operation_name(a->op));
        out.diskFull = a->error == boost::system::errc::no_space_on_device;
        out.writeBlocked = blocksWrites(a->error);
        break;
    }
    case lt::file_renamed_alert::alert_type: {
        auto *a = static_cast<lt::file_renamed_alert *>(alert);
        SessionAlert &out = push(Kind::FileRenamed, idOf(a->handle));
        out.fileIndex = static_cast<int>(a->index);
        out.newName = Lt::toQString(a->new_name());
        break;
    }
    case lt::file_rename_failed_alert::alert_type: {
        auto *a = static_cast<lt::file_rename_failed_alert *>(alert);
        SessionAlert &out = push(Kind::FileRenameFailed, idOf(a->handle));
        out.fileIndex = static_cast<int>(a->index);
        out.error = Lt::errorText(a->error);
        break;
    }
    case lt::file_prio_alert::alert_type:
        push(Kind::FilePrioritiesApplied, idOf(static_cast<lt::torrent_alert *>(alert)->handle));
        break;
    case lt::storage_moved_alert::alert_type: {
        auto *a = static_cast<lt::storage_moved_alert *>(alert);
        push(Kind::StorageMoved, idOf(a->handle)).savePath = Lt::toQString(a->storage_path());
        break;
    }
    case lt::storage_moved_failed_alert::alert_type: {
        auto *a = static_cast<lt::storage_moved_failed_alert *>(alert);
        SessionAlert &out = push(Kind::StorageMoveFailed, idOf(a->handle));
        out.error = Lt::errorText(a->error);
        out.filePath = Lt::toQString(a->file_path());
        out.operation = QString::fromLatin1(lt::operation_name(a->op));
        break;
    }
    case lt::state_update_alert::alert_type: {
        auto *a = static_cast<lt::state_update_alert *>(alert);
        SessionAlert &out = push(Kind::StatusUpdate);
        out.statuses.reserve(static_cast<qsizetype>(a->status.size()));
        for (const lt::torrent_status &st : a->status) {
            const TorrentId id = idOf(st.handle);
            if (id.isValid())
                out.statuses.append(Lt::statusFromLibtorrent(st, id));
        }
        break;
    }
    case lt::save_resume_data_alert::alert_type: {
        auto *a = static_cast<lt::save_resume_data_alert *>(alert);
        // Upload mode is what a write error left behind, not a choice to keep:
        // stored, it would stop the torrent again at the next start.
        a->params.flags &= ~lt::torrent_flags::upload_mode;
        const std::vector<char> buffer = lt::write_resume_data_buf(a->params);
        SessionAlert &out = push(Kind::ResumeDataSaved, idOf(a->handle));
        out.data = QByteArray(buffer.data(), static_cast<qsizetype>(buffer.size()));
        if (a->params.ti && a->params.ti->is_valid()) {
            // Which files hold downloaded data, so the writer can sync them
            // before storing resume data that claims them.
            std::vector<std::int64_t> progress;
            a->handle.file_progress(progress, lt::torrent_handle::piece_granularity);
            const lt::file_storage &files = a->params.ti->files();
            out.fileProgress.reserve(static_cast<qsizetype>(progress.size()));
            for (std::int64_t bytes : progress)
                out.fileProgress.append(bytes);
            for (const lt::file_index_t index : files.file_range())
                out.fileSizes.append(files.file_size(index));
        }
        break;
    }
    case lt::save_resume_data_failed_alert::alert_type: {
        auto *a = static_cast<lt::save_resume_data_failed_alert *>(alert);
        if (a->error == lt::errors::resume_data_not_modified)
            push(Kind::ResumeDataUnchanged, idOf(a->handle));
        else
            push(Kind::ResumeDataFailed, idOf(a->handle)).error = Lt::errorText(a->error);
        break;
    }
    case lt::listen_succeeded_alert::alert_type: {
        auto *a = static_cast<lt::listen_succeeded_alert *>(alert);
        trackers.clear(); // each tracker gets an entry for the new socket
        SessionAlert &out = push(Kind::ListenSucceeded);
        out.address = Lt::toQString(a->address.to_string());
        out.port = a->port;
        out.tcp = a->socket_type == lt::socket_type_t::tcp;
        break;
    }
    case lt::listen_failed_alert::alert_type: {
        auto *a = static_cast<lt::listen_failed_alert *>(alert);
        SessionAlert &out = push(Kind::ListenFailed);
        out.address = Lt::toQString(a->listen_interface());
        out.port = a->port;
        out.error = Lt::errorText(a->error);
        out.operation = QString::fromLatin1(lt::operation_name(a->op));
        break;
    }
    case lt::alerts_dropped_alert::alert_type: {
        auto *a = static_cast<lt::alerts_dropped_alert *>(alert);
        push(Kind::AlertsDropped).droppedKinds = static_cast<int>(a->dropped_alerts.count());
        break;
    }
    case lt::tracker_error_alert::alert_type: {
        auto *a = static_cast<lt::tracker_error_alert *>(alert);
        SessionAlert &out = push(Kind::TrackerError, idOf(a->handle));
        out.trackerUrl = Lt::toQString(a->tracker_url());
        out.error = a->failure_reason()[0] ? Lt::toQString(a->failure_reason()) : Lt::errorText(a->error);
        out.failuresInRow = a->times_in_row;
        out.endpoint = Lt::toQString(a->local_endpoint.address().to_string());
        out.skipped = a->error == lt::errors::announce_skipped;
        break;
    }
    case lt::tracker_reply_alert::alert_type: {
        auto *a = static_cast<lt::tracker_reply_alert *>(alert);
        SessionAlert &out = push(Kind::TrackerReply, idOf(a->handle));
        out.trackerUrl = Lt::toQString(a->tracker_url());
        out.peers = a->num_peers;
        out.endpoint = Lt::toQString(a->local_endpoint.address().to_string());
        break;
    }
    case lt::session_stats_alert::alert_type: {
        auto *a = static_cast<lt::session_stats_alert *>(alert);
        const lt::span<const std::int64_t> counters = a->counters();
        auto counter = [&](int index) { return index >= 0 && index < counters.size() ? counters[index] : 0; };
        const std::int64_t recv = counter(recvPayloadIndex);
        const std::int64_t sent = counter(sentPayloadIndex);
        const auto now = std::chrono::steady_clock::now();
        SessionAlert &out = push(Kind::SessionStats);
        out.dhtNodes = int(counter(dhtNodesIndex));
        if (lastRecv >= 0) {
            const double seconds = std::chrono::duration<double>(now - lastStatsAt).count();
            if (seconds > 0) {
                out.downloadRate = qint64(double(recv - lastRecv) / seconds);
                out.uploadRate = qint64(double(sent - lastSent) / seconds);
            }
        }
        lastRecv = recv;
        lastSent = sent;
        lastStatsAt = now;
        break;
    }
    case lt::performance_alert::alert_type: {
        auto *a = static_cast<lt::performance_alert *>(alert);
        push(Kind::PerformanceWarning, idOf(a->handle)).warning = Lt::toQString(a->message());
        break;
    }
    default:
        break;
    }
}

void LibtorrentSession::postTorrentUpdates()
{
    d->session.post_torrent_updates({});
}

QList<TorrentStatus> LibtorrentSession::allStatuses()
{
    QList<TorrentStatus> statuses;
    const std::vector<lt::torrent_status> all = d->session.get_torrent_status([](const lt::torrent_status &) { return true; },
        lt::torrent_handle::query_name | lt::torrent_handle::query_save_path | lt::torrent_handle::query_torrent_file);
    statuses.reserve(static_cast<qsizetype>(all.size()));
    for (const lt::torrent_status &st : all) {
        const TorrentId id = d->idOf(st.handle);
        if (!id.isValid())
            continue;
        TorrentStatus &status = statuses.emplace_back(Lt::statusFromLibtorrent(st, id));
        if (const std::shared_ptr<const lt::torrent_info> info = st.torrent_file.lock(); info && info->is_valid())
            status.metadata = Lt::metadataFromTorrentInfo(*info);
    }
    return statuses;
}

AddOutcome LibtorrentSession::addTorrent(const AddTorrentRequest &request, const QString &defaultSavePath)
{
    AddOutcome outcome;
    lt::add_torrent_params params;
    const QString source = describeSource(request);

    switch (request.kind) {
    case AddTorrentRequest::Kind::TorrentFile:
    case AddTorrentRequest::Kind::TorrentData: {
        if (request.data.isEmpty()) {
            outcome.error = TorrentFileParser::emptyFileMessage(source);
            return outcome;
        }
        try {
            params = lt::load_torrent_buffer(lt::span<const char>(request.data.constData(), request.data.size()));
        } catch (const lt::system_error &e) {
            outcome.error = TorrentFileParser::invalidTorrentMessage(source, Lt::errorText(e.code()));
            return outcome;
        }
        break;
    }
    case AddTorrentRequest::Kind::Magnet: {
        lt::error_code ec;
        lt::parse_magnet_uri(Lt::toStdString(request.source), params, ec);
        if (ec) {
            outcome.error = TorrentFileParser::invalidMagnetMessage(source, Lt::errorText(ec));
            return outcome;
        }
        break;
    }
    case AddTorrentRequest::Kind::ResumeData: {
        lt::error_code ec;
        params = lt::read_resume_data(lt::span<const char>(request.data.constData(), request.data.size()), ec);
        if (ec) {
            outcome.error
                = QCoreApplication::translate("LibtorrentSession", "Cannot restore “%1”: its resume data is unreadable (%2).")
                      .arg(source, Lt::errorText(ec));
            return outcome;
        }
        break;
    }
    }

    const lt::info_hash_t hashes = params.ti ? params.ti->info_hashes() : params.info_hashes;
    const TorrentId v1 = hashes.has_v1() ? TorrentId::fromHex(Lt::toQString(lt::aux::to_hex(hashes.v1))) : TorrentId {};
    const TorrentId v2 = hashes.has_v2() ? TorrentId::fromHex(Lt::toQString(lt::aux::to_hex(hashes.v2))) : TorrentId {};
    if (request.id.isValid() && request.id != v1 && request.id != v2) {
        outcome.error
            = QCoreApplication::translate("LibtorrentSession", "Cannot add “%1”: it belongs to another torrent (%2), not %3.")
                  .arg(source, Lt::idFromInfoHashes(hashes).toString(), request.id.toString());
        return outcome;
    }
    outcome.id = request.id.isValid() ? request.id : Lt::idFromInfoHashes(hashes);
    if (!outcome.id.isValid()) {
        outcome.error = QCoreApplication::translate("LibtorrentSession", "Cannot add “%1”: it carries no info-hash.").arg(source);
        return outcome;
    }
    outcome.name = Lt::toQString(params.ti ? params.ti->name() : params.name);

    // What the user chose overrides what a resume file or magnet says.
    if (request.kind != AddTorrentRequest::Kind::ResumeData || !request.savePath.isEmpty())
        params.save_path
            = Lt::toStdString(QDir::toNativeSeparators(request.savePath.isEmpty() ? defaultSavePath : request.savePath));
    if (!request.filePriorities.isEmpty()) {
        params.file_priorities.clear();
        params.file_priorities.reserve(static_cast<size_t>(request.filePriorities.size()));
        for (int priority : request.filePriorities)
            params.file_priorities.push_back(Lt::toLibtorrentPriority(priority));
    }
    // A running torrent is auto-managed so the queue limits apply; one the
    // user paused stays paused until the user resumes it. Resume data keeps
    // its own flags unless the torrent must be held paused.
    if (request.paused) {
        params.flags |= lt::torrent_flags::paused;
        params.flags &= ~lt::torrent_flags::auto_managed;
    } else if (request.kind != AddTorrentRequest::Kind::ResumeData) {
        params.flags &= ~lt::torrent_flags::paused;
        params.flags |= lt::torrent_flags::auto_managed;
    }
    if (request.kind != AddTorrentRequest::Kind::ResumeData) {
        if (request.sequential)
            params.flags |= lt::torrent_flags::sequential_download;
        else
            params.flags &= ~lt::torrent_flags::sequential_download;
    }
    for (const QString &tracker : request.trackers) {
        const std::string url = Lt::toStdString(tracker);
        if (std::find(params.trackers.begin(), params.trackers.end(), url) == params.trackers.end()) {
            params.trackers.push_back(url);
            params.tracker_tiers.resize(params.trackers.size() - 1, 0);
            params.tracker_tiers.push_back(params.tracker_tiers.empty() ? 0 : params.tracker_tiers.back() + 1);
        }
    }
    // Duplicates are caught by the worker; a duplicate here is reported by the add alert.
    params.flags |= lt::torrent_flags::duplicate_is_error;
    for (const QString &peer : request.peers) {
        if (const std::optional<lt::tcp::endpoint> endpoint = parsePeer(peer))
            params.peers.push_back(*endpoint);
        else
            qCWarning(lcEngine) << "ignoring peer" << peer << "for" << source << ": not an address:port";
    }

    if (request.metadataOnly) {
        // Connect and fetch the metadata, but download and write nothing.
        params.flags |= lt::torrent_flags::upload_mode;
        params.flags &= ~(lt::torrent_flags::paused | lt::torrent_flags::auto_managed);
    }
    if (request.kind == AddTorrentRequest::Kind::ResumeData) {
        // Resume data written by an older Revaer may hold a write error's
        // upload mode: the cause may be gone, so try downloading again.
        params.flags &= ~lt::torrent_flags::upload_mode;
    }
    if (request.kind == AddTorrentRequest::Kind::ResumeData && request.recheck) {
        // Claim nothing: libtorrent then hashes what is on disk.
        params.have_pieces.clear();
        params.verified_pieces.clear();
        params.unfinished_pieces.clear();
    }
    if (request.kind != AddTorrentRequest::Kind::ResumeData) {
        const std::vector<char> initial = lt::write_resume_data_buf(params);
        outcome.initialResumeData = QByteArray(initial.data(), static_cast<qsizetype>(initial.size()));
    }
    d->pendingAdds[hashes] = {outcome.id, params.file_priorities};
    d->session.async_add_torrent(std::move(params));
    return outcome;
}

void LibtorrentSession::removeTorrent(const TorrentId &id, RemoveMode mode)
{
    d->forgetTrackers(id);
    const lt::torrent_handle h = d->handle(id);
    if (!h.is_valid())
        return;
    lt::remove_flags_t flags {};
    if (mode == RemoveMode::DeleteFiles) {
        flags = lt::session::delete_files;
        d->pendingDeletes.emplace_back(h.info_hashes(), id);
    } else if (mode == RemoveMode::Discard) {
        // Forgotten now: its removal alert will name no torrent, and a torrent
        // added with the same id right after is not mistaken for it.
        d->idByHandle.erase(h);
        d->handleById.erase(id);
        d->cappedTorrents.erase(id);
    }
    d->session.remove_torrent(h, flags);
}

void LibtorrentSession::pause(const TorrentId &id)
{
    d->forgetTrackers(id); // a stopped announce follows
    const lt::torrent_handle h = d->handle(id);
    h.unset_flags(lt::torrent_flags::auto_managed);
    h.pause(lt::torrent_handle::graceful_pause);
}

void LibtorrentSession::resume(const TorrentId &id)
{
    d->forgetTrackers(id);
    const lt::torrent_handle h = d->handle(id);
    // A write error left the torrent only uploading (upload mode) or stopped
    // with an error: resuming tries to download again at once, instead of
    // after libtorrent's own ten-minute retry.
    h.clear_error();
    h.unset_flags(lt::torrent_flags::upload_mode);
    h.set_flags(lt::torrent_flags::auto_managed);
    h.resume();
}

void LibtorrentSession::setSequential(const TorrentId &id, bool sequential)
{
    const lt::torrent_handle h = d->handle(id);
    if (sequential)
        h.set_flags(lt::torrent_flags::sequential_download);
    else
        h.unset_flags(lt::torrent_flags::sequential_download);
}

void LibtorrentSession::setFilePriorities(const TorrentId &id, const QList<int> &priorities)
{
    std::vector<lt::download_priority_t> converted;
    converted.reserve(static_cast<size_t>(priorities.size()));
    for (int priority : priorities)
        converted.push_back(Lt::toLibtorrentPriority(priority));
    d->handle(id).prioritize_files(converted);
}

void LibtorrentSession::setGlobalRateLimits(const RateLimits &limits)
{
    lt::settings_pack p;
    p.set_int(lt::settings_pack::download_rate_limit, limits.downloadLimit);
    p.set_int(lt::settings_pack::upload_rate_limit, limits.uploadLimit);
    d->session.apply_settings(std::move(p));
    d->globalCapped = limits.downloadLimit > 0 || limits.uploadLimit > 0;
    d->updateLimiterPrecision();
}

RateLimits LibtorrentSession::globalRateLimits()
{
    const lt::settings_pack p = d->session.get_settings();
    return {p.get_int(lt::settings_pack::download_rate_limit), p.get_int(lt::settings_pack::upload_rate_limit)};
}

void LibtorrentSession::setTorrentRateLimits(const TorrentId &id, const RateLimits &limits)
{
    const lt::torrent_handle h = d->handle(id);
    h.set_download_limit(limits.downloadLimit > 0 ? limits.downloadLimit : -1);
    h.set_upload_limit(limits.uploadLimit > 0 ? limits.uploadLimit : -1);
    if (limits.downloadLimit > 0 || limits.uploadLimit > 0)
        d->cappedTorrents.insert(id);
    else
        d->cappedTorrents.erase(id);
    d->updateLimiterPrecision();
}

RateLimits LibtorrentSession::torrentRateLimits(const TorrentId &id)
{
    const lt::torrent_handle h = d->handle(id);
    return {std::max(0, h.download_limit()), std::max(0, h.upload_limit())};
}

void LibtorrentSession::forceRecheck(const TorrentId &id)
{
    d->handle(id).force_recheck();
}

void LibtorrentSession::queueMove(const TorrentId &id, QueueMove move)
{
    const lt::torrent_handle h = d->handle(id);
    switch (move) {
    case QueueMove::Top:
        h.queue_position_top();
        break;
    case QueueMove::Up:
        h.queue_position_up();
        break;
    case QueueMove::Down:
        h.queue_position_down();
        break;
    case QueueMove::Bottom:
        h.queue_position_bottom();
        break;
    }
}

QList<TorrentId> LibtorrentSession::queueOrder()
{
    // Only the queued ones, with no optional fields: cheap enough to ask for
    // after the queue changed, even with thousands of torrents.
    std::vector<lt::torrent_status> queued = d->session.get_torrent_status(
        [](const lt::torrent_status &st) { return st.queue_position >= lt::queue_position_t {0}; }, {});
    std::sort(queued.begin(), queued.end(),
        [](const lt::torrent_status &a, const lt::torrent_status &b) { return a.queue_position < b.queue_position; });
    QList<TorrentId> order;
    order.reserve(static_cast<qsizetype>(queued.size()));
    for (const lt::torrent_status &st : queued) {
        if (const TorrentId id = d->idOf(st.handle); id.isValid())
            order.append(id);
    }
    return order;
}

void LibtorrentSession::moveStorage(const TorrentId &id, const QString &path)
{
    // Keep files that already exist at the destination: moving onto a copy of
    // the data must not overwrite it.
    d->handle(id).move_storage(Lt::toStdString(QDir::toNativeSeparators(path)), lt::move_flags_t::dont_replace);
}

QStringList LibtorrentSession::connectPeers(const TorrentId &id, const QStringList &peers)
{
    QStringList rejected;
    const lt::torrent_handle h = d->handle(id);
    for (const QString &peer : peers) {
        if (const std::optional<lt::tcp::endpoint> endpoint = parsePeer(peer))
            h.connect_peer(*endpoint);
        else
            rejected.append(peer);
    }
    return rejected;
}

void LibtorrentSession::forceReannounce(const TorrentId &id)
{
    d->forgetTrackers(id);
    const lt::torrent_handle h = d->handle(id);
    h.force_reannounce(0, -1, lt::torrent_handle::ignore_min_interval);
    h.force_dht_announce();
}

bool LibtorrentSession::banAddress(const QString &address)
{
    lt::error_code ec;
    lt::address ip = lt::make_address(Lt::toStdString(address), ec);
    if (ec) {
        const std::optional<lt::tcp::endpoint> peer = parsePeer(address);
        if (!peer)
            return false;
        ip = peer->address();
    }
    lt::ip_filter filter = d->session.get_ip_filter();
    filter.add_rule(ip, ip, lt::ip_filter::blocked);
    d->session.set_ip_filter(std::move(filter)); // drops its connections too
    return true;
}

void LibtorrentSession::renameFile(const TorrentId &id, int index, const QString &newPath)
{
    d->handle(id).rename_file(lt::file_index_t(index), Lt::toStdString(newPath));
}

void LibtorrentSession::requestResumeData(const TorrentId &id, bool onlyIfModified)
{
    // flush_disk_cache closes the files so they can be synced; it does not
    // sync them itself, which is why the ResumeWriter does.
    lt::resume_data_flags_t flags = lt::torrent_handle::save_info_dict | lt::torrent_handle::flush_disk_cache;
    if (onlyIfModified)
        flags |= lt::torrent_handle::only_if_modified;
    d->handle(id).save_resume_data(flags);
}

void LibtorrentSession::pauseSession()
{
    d->session.pause();
}

void LibtorrentSession::reopenNetworkSockets()
{
    d->trackers.clear();
    d->session.reopen_network_sockets();
}

void LibtorrentSession::postSessionStats()
{
    d->session.post_session_stats();
}

namespace {

QString peerFlags(const lt::peer_info &peer)
{
    QString flags;
    if (peer.flags & lt::peer_info::interesting)
        flags += (peer.flags & lt::peer_info::remote_choked) ? u'd' : u'D';
    if (peer.flags & lt::peer_info::remote_interested)
        flags += (peer.flags & lt::peer_info::choked) ? u'u' : u'U';
    if (peer.flags & lt::peer_info::snubbed)
        flags += u'S';
    if (peer.flags & lt::peer_info::optimistic_unchoke)
        flags += u'O';
    if (!(peer.flags & lt::peer_info::outgoing_connection))
        flags += u'I';
    if (peer.flags & (lt::peer_info::rc4_encrypted | lt::peer_info::plaintext_encrypted))
        flags += u'E';
    if (peer.flags & lt::peer_info::utp_socket)
        flags += u'P';
    if (peer.source & lt::peer_info::pex)
        flags += u'X';
    if (peer.source & lt::peer_info::dht)
        flags += u'H';
    if (peer.source & lt::peer_info::lsd)
        flags += u'L';
    if (peer.source & lt::peer_info::tracker)
        flags += u'T';
    return flags;
}

QString endpointText(const lt::tcp::endpoint &endpoint)
{
    const QString address = Lt::toQString(endpoint.address().to_string());
    return endpoint.address().is_v6() ? QStringLiteral("[%1]:%2").arg(address).arg(endpoint.port())
                                      : QStringLiteral("%1:%2").arg(address).arg(endpoint.port());
}

QDateTime wallClock(lt::time_point32 when)
{
    if (when == lt::time_point32::min())
        return {};
    const auto fromNow = std::chrono::duration_cast<std::chrono::seconds>(when - lt::clock_type::now());
    return QDateTime::currentDateTimeUtc().addSecs(fromNow.count());
}

// One listen socket's view of a tracker; of a hybrid torrent's two
// info-hashes, the one that fared better speaks.
TrackerEndpointDetails endpointDetails(const lt::announce_endpoint &endpoint)
{
    using Status = TrackerEndpointDetails::Status;
    TrackerEndpointDetails e;
    const lt::address local = endpoint.local_endpoint.address();
    e.address = Lt::toQString(local.to_string());
    e.ipv6 = local.is_v6();
    bool first = true;
    for (const lt::announce_infohash &ih : endpoint.info_hashes) {
        if (!ih.updating && !ih.start_sent && ih.fails == 0 && !ih.last_error)
            continue; // not asked yet, or the unused hash of a v1-only torrent
        Status status = Status::NotContacted;
        QString message;
        if (ih.updating) {
            status = Status::Updating;
        } else if (ih.last_error == lt::errors::announce_skipped) {
            status = Status::Unreachable;
            message = Lt::errorText(ih.last_error);
        } else if (ih.fails > 0 || ih.last_error) {
            status = Status::Error;
            message = ih.message.empty() ? Lt::errorText(ih.last_error) : Lt::toQString(ih.message);
        } else if (ih.start_sent) {
            status = Status::Working;
            message = Lt::toQString(ih.message); // a tracker's warning, if any
        }
        if (first || TrackerEndpointDetails::rank(status) > TrackerEndpointDetails::rank(e.status)) {
            e.status = status;
            e.message = message;
        }
        first = false;
        e.seeds = std::max(e.seeds, ih.scrape_complete);
        e.peers = std::max(e.peers, ih.scrape_incomplete);
        e.downloaded = std::max(e.downloaded, ih.scrape_downloaded);
        // The next announce that is still ahead; libtorrent leaves a past
        // time in place while it announces or when it will not announce.
        const QDateTime next = wallClock(ih.next_announce);
        if (!ih.updating && status != Status::Unreachable && next.isValid() && next > QDateTime::currentDateTimeUtc()
            && (!e.nextAnnounce.isValid() || next < e.nextAnnounce))
            e.nextAnnounce = next;
    }
    return e;
}

} // namespace

MagnetLink LibtorrentSession::magnetLink(const TorrentId &id)
{
    MagnetLink link = MagnetLink::forId(id);
    const lt::torrent_handle h = d->handle(id);
    if (!h.is_valid())
        return link;
    const lt::info_hash_t hashes = h.info_hashes();
    if (hashes.has_v1())
        link.infoHashV1 = Lt::toQString(lt::aux::to_hex(hashes.v1));
    if (hashes.has_v2())
        link.infoHashV2 = Lt::toQString(lt::aux::to_hex(hashes.v2));
    link.name = Lt::toQString(h.status(lt::torrent_handle::query_name).name);
    for (const lt::announce_entry &tracker : h.trackers())
        link.trackers.append(Lt::toQString(tracker.url));
    return link;
}

QList<TorrentDetails> LibtorrentSession::details(const QList<TorrentId> &ids, FilePriorities priorities)
{
    // Each handle call is a round trip to libtorrent's thread, the cost of
    // answering thousands of torrents: the statuses of all come in one
    // (bringing the torrent files along), and calls whose answer the status
    // already gives (no peers, every piece here) are not made.
    std::vector<lt::torrent_status> statuses;
    QList<TorrentId> asked;
    statuses.reserve(static_cast<size_t>(ids.size()));
    asked.reserve(ids.size());
    for (const TorrentId &id : ids) {
        lt::torrent_status st;
        st.handle = d->handle(id);
        if (!st.handle.is_valid())
            continue;
        statuses.push_back(std::move(st));
        asked.append(id);
    }
    d->session.refresh_torrent_status(&statuses,
        lt::torrent_handle::query_name | lt::torrent_handle::query_save_path | lt::torrent_handle::query_distributed_copies
            | lt::torrent_handle::query_torrent_file);
    QList<TorrentDetails> all;
    all.reserve(asked.size());
    for (size_t i = 0; i < statuses.size(); ++i) {
        try {
            all.append(d->detailsOf(asked.at(qsizetype(i)), statuses[i], priorities));
        } catch (const lt::system_error &error) {
            // Removed since: nothing to say about it.
            if (error.code() != lt::errors::invalid_torrent_handle)
                throw;
        }
    }
    return all;
}

TorrentDetails LibtorrentSession::Private::detailsOf(const TorrentId &id, const lt::torrent_status &st, FilePriorities priorities)
{
    TorrentDetails details;
    details.id = id;
    const lt::torrent_handle &h = st.handle;
    if (!h.is_valid())
        return details;
    details.name = Lt::toQString(st.name);
    details.savePath = Lt::toQString(st.save_path);
    details.wantedSize = st.total_wanted;
    details.wantedDone = st.total_wanted_done;
    details.piecesHave = st.num_pieces;
    details.availability = st.distributed_copies;
    details.totalDownloaded = st.all_time_download;
    details.totalUploaded = st.all_time_upload;
    if (st.added_time > 0)
        details.addedAt = QDateTime::fromSecsSinceEpoch(st.added_time);
    if (st.completed_time > 0)
        details.completedAt = QDateTime::fromSecsSinceEpoch(st.completed_time);
    if (const std::shared_ptr<const lt::torrent_info> info = st.torrent_file.lock(); info && info->is_valid()) {
        details.metadata = Lt::metadataFromTorrentInfo(*info);
        const TorrentMetadata &meta = details.metadata;
        details.totalSize = meta.totalSize;
        details.pieceCount = meta.pieceCount;
        details.pieceLength = meta.pieceLength;
        details.comment = meta.comment;
        details.creator = meta.creator;
        details.creationDate = meta.creationDate;
        details.isPrivate = meta.isPrivate;
        details.infoHashV1 = meta.infoHashV1;
        details.infoHashV2 = meta.infoHashV2;
        if (st.is_seeding) { // every piece: every file whole
            for (const TorrentFileEntry &file : meta.files)
                details.fileProgress.append(file.size);
        } else {
            for (const std::int64_t bytes : h.file_progress(lt::torrent_handle::piece_granularity))
                details.fileProgress.append(bytes);
        }
        if (priorities == FilePriorities::Fetch) {
            for (const lt::download_priority_t p : h.get_file_priorities())
                details.filePriorities.append(Lt::fromLibtorrentPriority(p));
        }
    } else {
        const lt::info_hash_t hashes = h.info_hashes();
        if (hashes.has_v1())
            details.infoHashV1 = Lt::toQString(lt::aux::to_hex(hashes.v1));
        if (hashes.has_v2())
            details.infoHashV2 = Lt::toQString(lt::aux::to_hex(hashes.v2));
    }

    std::vector<lt::peer_info> peers;
    if (st.num_connections > 0)
        h.get_peer_info(peers);
    details.peers.reserve(static_cast<qsizetype>(peers.size()));
    const bool isPrivate = details.isPrivate;
    PeerSourceDetails dht {PeerSourceDetails::Kind::Dht, dhtEnabled && !isPrivate, isPrivate};
    PeerSourceDetails pex {PeerSourceDetails::Kind::Pex, pexEnabled && !isPrivate, isPrivate};
    PeerSourceDetails lsd {PeerSourceDetails::Kind::Lsd, lsdEnabled && !isPrivate, isPrivate};
    for (const lt::peer_info &peer : peers) {
        dht.peers += (peer.source & lt::peer_info::dht) ? 1 : 0;
        pex.peers += (peer.source & lt::peer_info::pex) ? 1 : 0;
        lsd.peers += (peer.source & lt::peer_info::lsd) ? 1 : 0;
        PeerDetails p;
        p.address = endpointText(peer.ip);
        p.client = Lt::toQString(peer.client);
        p.flags = peerFlags(peer);
        p.downloadRate = peer.payload_down_speed;
        p.uploadRate = peer.payload_up_speed;
        p.progress = peer.progress;
        p.downloaded = peer.total_download;
        p.uploaded = peer.total_upload;
        p.seed = bool(peer.flags & lt::peer_info::seed);
        details.peers.append(std::move(p));
    }

    for (const lt::announce_entry &entry : trackersOf(id, h)) {
        TrackerDetails t;
        t.url = Lt::toQString(entry.url);
        t.tier = entry.tier;
        for (const lt::announce_endpoint &endpoint : entry.endpoints)
            t.endpoints.append(endpointDetails(endpoint));
        t.summarize();
        details.trackers.append(std::move(t));
    }
    details.peerSources = {dht, pex, lsd};
    return details;
}

void LibtorrentSession::replaceTrackers(const TorrentId &id, const QStringList &urls)
{
    std::vector<lt::announce_entry> entries;
    int tier = 0;
    for (const QString &url : urls) {
        lt::announce_entry entry(Lt::toStdString(url));
        entry.tier = std::uint8_t(std::min(tier++, 255));
        entries.push_back(std::move(entry));
    }
    d->forgetTrackers(id);
    const lt::torrent_handle h = d->handle(id);
    h.replace_trackers(entries);
    h.force_reannounce();
}

QByteArray LibtorrentSession::torrentFile(const TorrentId &id)
{
    const std::shared_ptr<const lt::torrent_info> info = d->handle(id).torrent_file();
    if (!info || !info->is_valid())
        return {};
    // The info dictionary exactly as received, so the info-hash stays the same.
    const lt::span<const char> section = info->info_section();
    lt::entry torrent(lt::entry::dictionary_t);
    torrent["info"] = lt::entry(lt::entry::preformatted_type(section.begin(), section.end()));
    if (!info->trackers().empty()) {
        torrent["announce"] = info->trackers().front().url;
        lt::entry::list_type tiers;
        for (const lt::announce_entry &tracker : info->trackers())
            tiers.push_back(lt::entry::list_type {lt::entry(tracker.url)});
        torrent["announce-list"] = tiers;
    }
    if (!info->comment().empty())
        torrent["comment"] = info->comment();
    if (!info->creator().empty())
        torrent["created by"] = info->creator();
    std::vector<char> buffer;
    lt::bencode(std::back_inserter(buffer), torrent);
    return QByteArray(buffer.data(), static_cast<qsizetype>(buffer.size()));
}

} // namespace Revaer
