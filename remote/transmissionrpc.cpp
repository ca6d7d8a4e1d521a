#include "transmissionrpc.h"

#include "backend/torrentfileparser.h"
#include "jsonwriter.h"
#include "magnetlink.h"
#include "remotelog.h"
#include "settingsstore.h"
#include "torrentengine.h"
#include "units.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QStorageInfo>
#include <QTimer>
#include <QUrl>

#include <cmath>
#include <limits>
#include <optional>

namespace Revaer {
Q_LOGGING_CATEGORY(lcRemote, "revaer.remote", QtInfoMsg)
}

namespace Revaer {

namespace {

// Transmission counts speeds in kB/s of 1000 bytes (its `units` say so).
constexpr int SpeedUnit = 1000;
constexpr int AddTimeoutMs = 30'000;

// A JSON number that is whole and from `minimum` to `maximum`, else nothing.
// Every number a client sends passes here before it becomes an integer: a
// cast of 1e300 to int is undefined behaviour, not a big number.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 minimum, qint64 maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double n = value.toDouble();
    if (!(n >= double(minimum) && n <= double(maximum)) || n != std::floor(n))
        return std::nullopt;
    return qint64(n);
}

// Transmission's torrent status numbers.
enum Status { Stopped = 0, CheckWait = 1, Check = 2, DownloadWait = 3, Download = 4, SeedWait = 5, Seed = 6 };

enum Field {
    ActivityDate,
    AddedDate,
    BandwidthPriority,
    Comment,
    CorruptEver,
    Creator,
    DateCreated,
    DesiredAvailable,
    DoneDate,
    DownloadDir,
    DownloadedEver,
    DownloadLimit,
    DownloadLimited,
    EditDate,
    Error,
    ErrorString,
    Eta,
    EtaIdle,
    FileCount,
    Files,
    FileStats,
    HashString,
    HaveUnchecked,
    HaveValid,
    HonorsSessionLimits,
    Id,
    IsFinished,
    IsPrivate,
    IsStalled,
    LabelsField,
    LeftUntilDone,
    MagnetLinkField,
    ManualAnnounceTime,
    MaxConnectedPeers,
    MetadataPercentComplete,
    Name,
    PeerLimit,
    Peers,
    PeersConnected,
    PeersFrom,
    PeersGettingFromUs,
    PeersSendingToUs,
    PercentComplete,
    PercentDone,
    Pieces,
    PieceCount,
    PieceSize,
    Priorities,
    PrimaryMimeType,
    QueuePosition,
    RateDownload,
    RateUpload,
    RecheckProgress,
    SecondsDownloading,
    SecondsSeeding,
    SeedIdleLimit,
    SeedIdleMode,
    SeedRatioLimit,
    SeedRatioMode,
    SizeWhenDone,
    StartDate,
    StatusField,
    TorrentFile,
    TotalSize,
    Trackers,
    TrackerList,
    TrackerStats,
    UploadedEver,
    UploadLimit,
    UploadLimited,
    UploadRatio,
    Wanted,
    Webseeds,
    WebseedsSendingToUs,
};

const QHash<QString, int> &fieldNumbers()
{
    static const QHash<QString, int> fields {
        {QStringLiteral("activityDate"), ActivityDate},
        {QStringLiteral("addedDate"), AddedDate},
        {QStringLiteral("bandwidthPriority"), BandwidthPriority},
        {QStringLiteral("comment"), Comment},
        {QStringLiteral("corruptEver"), CorruptEver},
        {QStringLiteral("creator"), Creator},
        {QStringLiteral("dateCreated"), DateCreated},
        {QStringLiteral("desiredAvailable"), DesiredAvailable},
        {QStringLiteral("doneDate"), DoneDate},
        {QStringLiteral("downloadDir"), DownloadDir},
        {QStringLiteral("downloadedEver"), DownloadedEver},
        {QStringLiteral("downloadLimit"), DownloadLimit},
        {QStringLiteral("downloadLimited"), DownloadLimited},
        {QStringLiteral("editDate"), EditDate},
        {QStringLiteral("error"), Error},
        {QStringLiteral("errorString"), ErrorString},
        {QStringLiteral("eta"), Eta},
        {QStringLiteral("etaIdle"), EtaIdle},
        {QStringLiteral("file-count"), FileCount},
        {QStringLiteral("files"), Files},
        {QStringLiteral("fileStats"), FileStats},
        {QStringLiteral("hashString"), HashString},
        {QStringLiteral("haveUnchecked"), HaveUnchecked},
        {QStringLiteral("haveValid"), HaveValid},
        {QStringLiteral("honorsSessionLimits"), HonorsSessionLimits},
        {QStringLiteral("id"), Id},
        {QStringLiteral("isFinished"), IsFinished},
        {QStringLiteral("isPrivate"), IsPrivate},
        {QStringLiteral("isStalled"), IsStalled},
        {QStringLiteral("labels"), LabelsField},
        {QStringLiteral("leftUntilDone"), LeftUntilDone},
        {QStringLiteral("magnetLink"), MagnetLinkField},
        {QStringLiteral("manualAnnounceTime"), ManualAnnounceTime},
        {QStringLiteral("maxConnectedPeers"), MaxConnectedPeers},
        {QStringLiteral("metadataPercentComplete"), MetadataPercentComplete},
        {QStringLiteral("name"), Name},
        {QStringLiteral("peer-limit"), PeerLimit},
        {QStringLiteral("peers"), Peers},
        {QStringLiteral("peersConnected"), PeersConnected},
        {QStringLiteral("peersFrom"), PeersFrom},
        {QStringLiteral("peersGettingFromUs"), PeersGettingFromUs},
        {QStringLiteral("peersSendingToUs"), PeersSendingToUs},
        {QStringLiteral("percentComplete"), PercentComplete},
        {QStringLiteral("percentDone"), PercentDone},
        {QStringLiteral("pieces"), Pieces},
        {QStringLiteral("pieceCount"), PieceCount},
        {QStringLiteral("pieceSize"), PieceSize},
        {QStringLiteral("priorities"), Priorities},
        {QStringLiteral("primary-mime-type"), PrimaryMimeType},
        {QStringLiteral("queuePosition"), QueuePosition},
        {QStringLiteral("rateDownload"), RateDownload},
        {QStringLiteral("rateUpload"), RateUpload},
        {QStringLiteral("recheckProgress"), RecheckProgress},
        {QStringLiteral("secondsDownloading"), SecondsDownloading},
        {QStringLiteral("secondsSeeding"), SecondsSeeding},
        {QStringLiteral("seedIdleLimit"), SeedIdleLimit},
        {QStringLiteral("seedIdleMode"), SeedIdleMode},
        {QStringLiteral("seedRatioLimit"), SeedRatioLimit},
        {QStringLiteral("seedRatioMode"), SeedRatioMode},
        {QStringLiteral("sizeWhenDone"), SizeWhenDone},
        {QStringLiteral("startDate"), StartDate},
        {QStringLiteral("status"), StatusField},
        {QStringLiteral("torrentFile"), TorrentFile},
        {QStringLiteral("totalSize"), TotalSize},
        {QStringLiteral("trackers"), Trackers},
        {QStringLiteral("trackerList"), TrackerList},
        {QStringLiteral("trackerStats"), TrackerStats},
        {QStringLiteral("uploadedEver"), UploadedEver},
        {QStringLiteral("uploadLimit"), UploadLimit},
        {QStringLiteral("uploadLimited"), UploadLimited},
        {QStringLiteral("uploadRatio"), UploadRatio},
        {QStringLiteral("wanted"), Wanted},
        {QStringLiteral("webseeds"), Webseeds},
        {QStringLiteral("webseedsSendingToUs"), WebseedsSendingToUs},
    };
    return fields;
}

// What the mirror cannot answer: the session is asked first, for every
// torrent, or only for those with connections (without any, their peer
// fields are known to be empty).
enum class Need : quint8 { None, WhenConnected, Always };

Need needsDetails(int field)
{
    switch (field) {
    case Files:
    case FileStats:
    case Priorities:
    case Wanted:
    case Trackers:
    case TrackerList:
    case TrackerStats:
    case DesiredAvailable:
    case HaveValid:
        return Need::Always;
    case Peers:
    case PeersFrom:
    case PeersGettingFromUs:
    case PeersSendingToUs:
        return Need::WhenConnected;
    default:
        return Need::None;
    }
}

qint64 epochSeconds(const QDateTime &time)
{
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

bool isComplete(const MirroredTorrent &t)
{
    return t.hasMetadata && t.progress.totalBytes > 0 && t.progress.doneBytes >= t.progress.totalBytes;
}

int statusOf(const MirroredTorrent &t)
{
    switch (t.state) {
    case TorrentState::Paused:
    case TorrentState::Error:
        return Stopped;
    case TorrentState::CheckingResume:
    case TorrentState::Checking:
        return Check;
    case TorrentState::Queued:
        return isComplete(t) ? SeedWait : DownloadWait;
    case TorrentState::Seeding:
    case TorrentState::StalledSeeding:
        return Seed;
    case TorrentState::FetchingMetadata:
    case TorrentState::Downloading:
    case TorrentState::StalledDownloading:
        return Download;
    case TorrentState::Moving:
        return isComplete(t) ? Seed : Download;
    }
    return Stopped;
}

// Transmission's file priorities: -1 low, 0 normal, 1 high.
int transmissionPriority(int priority)
{
    if (priority >= FilePriority::High)
        return 1;
    if (priority > FilePriority::Skip && priority < FilePriority::Normal)
        return -1;
    return 0;
}

QString hostOf(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return url;
    return parsed.port() > 0 ? QStringLiteral("%1://%2:%3").arg(parsed.scheme(), parsed.host()).arg(parsed.port())
                             : QStringLiteral("%1://%2").arg(parsed.scheme(), parsed.host());
}

void splitAddress(const QString &address, QString *host, int *port)
{
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        *host = address;
        *port = 0;
        return;
    }
    *host = address.left(colon);
    if (host->startsWith(QLatin1Char('[')) && host->endsWith(QLatin1Char(']')))
        *host = host->mid(1, host->size() - 2);
    *port = address.mid(colon + 1).toInt();
}

QJsonArray peersArray(const TorrentDetails &details)
{
    QJsonArray peers;
    for (const PeerDetails &p : details.peers) {
        QString host;
        int port = 0;
        splitAddress(p.address, &host, &port);
        const QString &f = p.flags;
        peers.append(QJsonObject {
            {QStringLiteral("address"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("clientName"), p.client},
            {QStringLiteral("flagStr"), f},
            {QStringLiteral("progress"), double(p.progress)},
            {QStringLiteral("rateToClient"), p.downloadRate},
            {QStringLiteral("rateToPeer"), p.uploadRate},
            {QStringLiteral("isDownloadingFrom"), f.contains(QLatin1Char('D'))},
            {QStringLiteral("isUploadingTo"), f.contains(QLatin1Char('U'))},
            {QStringLiteral("clientIsChoked"), !f.contains(QLatin1Char('U'))},
            {QStringLiteral("clientIsInterested"), f.contains(QLatin1Char('D')) || f.contains(QLatin1Char('d'))},
            {QStringLiteral("peerIsChoked"), !f.contains(QLatin1Char('D'))},
            {QStringLiteral("peerIsInterested"), f.contains(QLatin1Char('U')) || f.contains(QLatin1Char('u'))},
            {QStringLiteral("isEncrypted"), f.contains(QLatin1Char('E'))},
            {QStringLiteral("isIncoming"), f.contains(QLatin1Char('I'))},
            {QStringLiteral("isUTP"), f.contains(QLatin1Char('P'))},
        });
    }
    return peers;
}

QJsonArray trackerStatsArray(const TorrentDetails &details)
{
    using S = TrackerDetails::Status;
    QJsonArray stats;
    for (int i = 0; i < details.trackers.size(); ++i) {
        const TrackerDetails &tr = details.trackers.at(i);
        const bool working = tr.status == S::Working;
        const bool failed = tr.status == S::Error;
        const bool announced = working || failed;
        const QString result = working ? QStringLiteral("Success") : tr.message;
        stats.append(QJsonObject {
            {QStringLiteral("id"), i},
            {QStringLiteral("tier"), tr.tier},
            {QStringLiteral("announce"), tr.url},
            {QStringLiteral("scrape"), QString()},
            {QStringLiteral("host"), hostOf(tr.url)},
            {QStringLiteral("sitename"), QUrl(tr.url).host()},
            {QStringLiteral("isBackup"), false},
            // 0 inactive, 1 waiting, 2 queued, 3 active
            {QStringLiteral("announceState"),
                tr.status == S::Updating          ? 3
                    : tr.status == S::Unreachable ? 0
                                                  : 1},
            {QStringLiteral("scrapeState"), 0},
            {QStringLiteral("hasAnnounced"), announced},
            {QStringLiteral("lastAnnounceSucceeded"), working},
            {QStringLiteral("lastAnnounceTimedOut"), false},
            {QStringLiteral("lastAnnounceResult"), result},
            {QStringLiteral("lastAnnouncePeerCount"), std::max(tr.peers, 0)},
            {QStringLiteral("lastAnnounceStartTime"), 0},
            {QStringLiteral("lastAnnounceTime"), 0},
            {QStringLiteral("nextAnnounceTime"), epochSeconds(tr.nextAnnounce)},
            {QStringLiteral("hasScraped"), tr.seeds >= 0},
            {QStringLiteral("lastScrapeSucceeded"), tr.seeds >= 0},
            {QStringLiteral("lastScrapeTimedOut"), false},
            {QStringLiteral("lastScrapeResult"), QString()},
            {QStringLiteral("lastScrapeStartTime"), 0},
            {QStringLiteral("lastScrapeTime"), 0},
            {QStringLiteral("nextScrapeTime"), 0},
            {QStringLiteral("seederCount"), tr.seeds},
            {QStringLiteral("leecherCount"), tr.peers},
            {QStringLiteral("downloadCount"), tr.downloaded},
        });
    }
    return stats;
}

} // namespace

struct TransmissionRpc::PendingAdd {
    Call call;
    QString source;
    QList<int> priorities; // applied once the files are known, for a magnet
    bool resumeAfter = false;
    bool answered = false;
};

TransmissionRpc::TransmissionRpc(TorrentEngine *engine, TorrentMirror *mirror, SettingsStore *settings, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_mirror(mirror)
    , m_settings(settings)
{
    connect(mirror, &TorrentMirror::added, this, &TransmissionRpc::onAdded);
    connect(engine, &TorrentEngine::message, this, &TransmissionRpc::onMessage);
    if (settings) {
        const RateLimits limits = settings->engineConfig().session.limits;
        if (limits.downloadLimit > 0)
            m_shownLimits.downloadLimit = limits.downloadLimit;
        if (limits.uploadLimit > 0)
            m_shownLimits.uploadLimit = limits.uploadLimit;
    }
}

TransmissionRpc::~TransmissionRpc() = default;

void TransmissionRpc::handle(const QByteArray &body, const QString &client, QObject *context, Reply reply)
{
    Call call;
    call.client = client;
    call.context = context;
    call.reply = std::move(reply);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        answer(call, tr("The request is not JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset));
        return;
    }
    if (!document.isObject()) {
        answer(call, tr("The request must be a JSON object with a “method”."));
        return;
    }
    const QJsonObject request = document.object();
    call.tag = request.value(QLatin1String("tag"));
    if (!call.tag.isUndefined() && !call.tag.isDouble())
        call.tag = QJsonValue::Undefined; // Transmission echoes numeric tags only
    const QJsonValue method = request.value(QLatin1String("method"));
    if (!method.isString()) {
        answer(call, tr("The request has no “method” string."));
        return;
    }
    const QJsonValue arguments = request.value(QLatin1String("arguments"));
    if (!arguments.isUndefined() && !arguments.isObject()) {
        answer(call, tr("“arguments” must be a JSON object."));
        return;
    }
    call.method = method.toString();
    call.arguments = arguments.toObject();
    dispatch(std::move(call));
}

void TransmissionRpc::answer(const Call &call, const QString &result, const QJsonObject &arguments) const
{
    answer(call, result, [&arguments](JsonWriter &json) { json.value(arguments); });
}

void TransmissionRpc::answer(const Call &call, const QString &result, const std::function<void(JsonWriter &)> &arguments) const
{
    if (!call.context)
        return;
    if (result != QLatin1String("success"))
        qCInfo(lcRemote).noquote() << call.client << call.method << "refused:" << result;
    // Keys in QJsonDocument's order, as before.
    JsonWriter json;
    json.beginObject();
    json.key(u"arguments");
    arguments(json);
    json.key(u"result");
    json.string(result);
    if (!call.tag.isUndefined()) {
        json.key(u"tag");
        json.value(call.tag);
    }
    json.endObject();
    call.reply(json.take());
}

void TransmissionRpc::dispatch(Call call)
{
    const QString &m = call.method;
    if (m == QLatin1String("torrent-get"))
        torrentGet(call);
    else if (m == QLatin1String("torrent-add"))
        torrentAdd(call);
    else if (m == QLatin1String("torrent-set"))
        torrentSet(call);
    else if (m == QLatin1String("torrent-remove"))
        torrentRemove(call);
    else if (m == QLatin1String("torrent-set-location"))
        torrentSetLocation(call);
    else if (m == QLatin1String("torrent-rename-path"))
        torrentRenamePath(call);
    else if (m == QLatin1String("torrent-start") || m == QLatin1String("torrent-start-now") || m == QLatin1String("torrent-stop")
        || m == QLatin1String("torrent-verify") || m == QLatin1String("torrent-reannounce")
        || m.startsWith(QLatin1String("queue-move-")))
        torrentAction(call);
    else if (m == QLatin1String("session-get"))
        sessionGet(call);
    else if (m == QLatin1String("session-set"))
        sessionSet(call);
    else if (m == QLatin1String("session-stats"))
        sessionStats(call);
    else if (m == QLatin1String("free-space"))
        freeSpace(call);
    else if (m == QLatin1String("session-close")) {
        answer(call, QStringLiteral("success"));
        qCInfo(lcRemote).noquote() << call.client << "asked Revaer to quit (session-close)";
        Q_EMIT closeRequested();
    } else if (m == QLatin1String("port-test") || m == QLatin1String("blocklist-update"))
        answer(call, tr("Revaer does not offer “%1”.").arg(m));
    else
        answer(call, tr("Unknown method “%1”.").arg(Units::elided(m, 80)));
}

bool TransmissionRpc::selectTorrents(const QJsonValue &ids, std::vector<const MirroredTorrent *> *torrents, QString *error) const
{
    torrents->clear();
    if (ids.isUndefined() || ids.isNull()) {
        *torrents = m_mirror->torrents();
        return true;
    }
    if (ids.isString() && ids.toString() == QLatin1String("recently-active")) {
        *torrents = m_mirror->recentlyActive(60'000);
        return true;
    }
    QSet<const MirroredTorrent *> seen;
    auto one = [&](const QJsonValue &value) {
        const MirroredTorrent *t = nullptr;
        if (value.isDouble()) {
            if (value.toDouble() != std::floor(value.toDouble())) {
                *error = tr("A torrent id must be a whole number or an info-hash.");
                return false;
            }
            // A whole number beyond any id names no torrent.
            if (const auto rpcId = wholeNumber(value, 1, std::numeric_limits<int>::max()))
                t = m_mirror->findRpcId(int(*rpcId));
        } else if (value.isString()) {
            const TorrentId id = TorrentId::fromHex(value.toString());
            if (!id.isValid()) {
                *error = tr("“%1” is not a torrent id or an info-hash.").arg(Units::elided(value.toString(), 80));
                return false;
            }
            t = m_mirror->find(id);
        } else {
            *error = tr("A torrent id must be a whole number or an info-hash.");
            return false;
        }
        // Ids of torrents no longer there are skipped, as Transmission does.
        if (t && !seen.contains(t)) {
            seen.insert(t);
            torrents->push_back(t);
        }
        return true;
    };
    if (ids.isArray()) {
        const QJsonArray list = ids.toArray();
        for (const QJsonValue &value : list) {
            if (!one(value))
                return false;
        }
        return true;
    }
    return one(ids);
}

bool TransmissionRpc::selected(const Call &call, std::vector<const MirroredTorrent *> *torrents) const
{
    QString error;
    if (selectTorrents(call.arguments.value(QLatin1String("ids")), torrents, &error))
        return true;
    answer(call, error);
    return false;
}

QList<TorrentId> TransmissionRpc::idsOf(const std::vector<const MirroredTorrent *> &torrents) const
{
    QList<TorrentId> ids;
    ids.reserve(qsizetype(torrents.size()));
    for (const MirroredTorrent *t : torrents)
        ids.append(t->id);
    return ids;
}

void TransmissionRpc::torrentGet(const Call &call)
{
    const QJsonValue fieldsValue = call.arguments.value(QLatin1String("fields"));
    if (!fieldsValue.isArray()) {
        answer(call, tr("torrent-get needs “fields”, a list of field names."));
        return;
    }
    QStringList names;
    QList<int> fields;
    Need details = Need::None;
    const QJsonArray requested = fieldsValue.toArray();
    for (const QJsonValue &name : requested) {
        if (!name.isString()) {
            answer(call, tr("Every entry of “fields” must be a field name."));
            return;
        }
        // Unknown fields are left out of the answer, as Transmission does.
        const auto found = fieldNumbers().constFind(name.toString());
        if (found == fieldNumbers().cend())
            continue;
        names.append(name.toString());
        fields.append(*found);
        details = std::max(details, needsDetails(*found));
    }
    const QJsonValue format = call.arguments.value(QLatin1String("format"));
    const bool table = format.isString() && format.toString() == QLatin1String("table");
    std::vector<const MirroredTorrent *> torrents;
    if (!selected(call, &torrents))
        return;
    const bool recent = call.arguments.value(QLatin1String("ids")).toString() == QLatin1String("recently-active");

    auto build = [this, call, names, fields, table, recent](
                     const QList<TorrentId> &ids, const QHash<TorrentId, TorrentDetails> *fetched) {
        // Written as it is made: a QJsonObject of every torrent would cost
        // as much again to build as to write.
        answer(call, QStringLiteral("success"), [&](JsonWriter &json) {
            json.beginObject();
            json.key(u"torrents");
            json.beginArray();
            if (table) {
                json.beginArray();
                for (const QString &name : names)
                    json.string(name);
                json.endArray();
            }
            for (const TorrentId &id : ids) {
                const MirroredTorrent *t = m_mirror->find(id);
                if (!t)
                    continue; // removed while its details were fetched
                const TorrentDetails *d = nullptr;
                if (fetched) {
                    const auto it = fetched->constFind(id);
                    d = it == fetched->cend() ? nullptr : &*it;
                }
                if (table) {
                    json.beginArray();
                    for (int f : fields)
                        json.value(field(f, *t, d));
                    json.endArray();
                } else {
                    json.beginObject();
                    for (int i = 0; i < fields.size(); ++i) {
                        json.key(names.at(i));
                        json.value(field(fields.at(i), *t, d));
                    }
                    json.endObject();
                }
            }
            json.endArray();
            if (recent) {
                json.key(u"removed");
                json.beginArray();
                for (int rpcId : m_mirror->recentlyRemoved(60'000))
                    json.value(rpcId);
                json.endArray();
            }
            json.endObject();
        });
    };
    const QList<TorrentId> ids = idsOf(torrents);
    QList<TorrentId> fetch;
    for (const MirroredTorrent *t : torrents) {
        if (details == Need::Always
            || (details == Need::WhenConnected && t->progress.connectedPeers + t->progress.connectedSeeds > 0))
            fetch.append(t->id);
    }
    if (fetch.isEmpty()) {
        build(ids, nullptr);
        return;
    }
    m_mirror->fetchDetails(
        fetch, call.context, [build, ids](const QHash<TorrentId, TorrentDetails> &fetched) { build(ids, &fetched); });
}

QJsonValue TransmissionRpc::field(int which, const MirroredTorrent &t, const TorrentDetails *d) const
{
    const TorrentProgress &p = t.progress;
    const qint64 left = std::max<qint64>(0, p.totalBytes - p.doneBytes);
    switch (Field(which)) {
    case ActivityDate:
        return epochSeconds(t.activityAt);
    case AddedDate:
        return epochSeconds(t.addedAt);
    case BandwidthPriority:
        return 0;
    case Comment:
        return t.metadata.comment;
    case CorruptEver:
        return 0;
    case Creator:
        return t.metadata.creator;
    case DateCreated:
        return epochSeconds(t.metadata.creationDate);
    case DesiredAvailable:
        return d && d->availability >= 1 ? left : 0;
    case DoneDate:
        return epochSeconds(t.doneAt);
    case DownloadDir:
        return t.savePath;
    case DownloadedEver:
        return p.totalDownloaded;
    case DownloadLimit:
        return t.limits.downloadLimit / SpeedUnit;
    case DownloadLimited:
        return t.limits.downloadLimit > 0;
    case EditDate:
        return 0;
    case Error:
        return t.state == TorrentState::Error ? 3 : 0; // 3: a local error
    case ErrorString:
        return t.state == TorrentState::Error ? t.error : QString();
    case Eta:
        if (p.etaSeconds >= 0)
            return p.etaSeconds;
        return statusOf(t) == Download ? -2 : -1; // -2 unknown, -1 not available
    case EtaIdle:
        return -1;
    case FileCount:
        return qint64(t.visibleFiles.size());
    case Files: {
        QJsonArray files;
        for (int index : t.visibleFiles) {
            const TorrentFileEntry &file = t.metadata.files.at(index);
            const qint64 done = d && index < d->fileProgress.size() ? d->fileProgress.at(index) : 0;
            files.append(QJsonObject {{QStringLiteral("name"), file.path}, {QStringLiteral("length"), file.size},
                {QStringLiteral("bytesCompleted"), done}});
        }
        return files;
    }
    case FileStats: {
        QJsonArray stats;
        for (int index : t.visibleFiles) {
            const int priority = t.priorities.value(index, FilePriority::Normal);
            const qint64 done = d && index < d->fileProgress.size() ? d->fileProgress.at(index) : 0;
            stats.append(
                QJsonObject {{QStringLiteral("bytesCompleted"), done}, {QStringLiteral("wanted"), priority > FilePriority::Skip},
                    {QStringLiteral("priority"), transmissionPriority(priority)}});
        }
        return stats;
    }
    case HashString:
        return t.id.toString();
    case HaveUnchecked:
        return 0;
    case HaveValid:
        return d && d->pieceLength > 0 ? std::min<qint64>(qint64(d->piecesHave) * d->pieceLength, d->totalSize) : p.doneBytes;
    case HonorsSessionLimits:
        return true;
    case Id:
        return t.rpcId;
    case IsFinished:
        return false; // Transmission: stopped by a seeding goal; Revaer pauses such a torrent
    case IsPrivate:
        return t.metadata.isPrivate;
    case IsStalled:
        return t.state == TorrentState::StalledDownloading || t.state == TorrentState::StalledSeeding;
    case LabelsField:
        return QJsonArray::fromStringList(t.labels.tags);
    case LeftUntilDone:
        return left;
    case MagnetLinkField: {
        Revaer::MagnetLink link = Revaer::MagnetLink::forId(t.id);
        if (!t.metadata.infoHashV1.isEmpty())
            link.infoHashV1 = t.metadata.infoHashV1;
        if (!t.metadata.infoHashV2.isEmpty())
            link.infoHashV2 = t.metadata.infoHashV2;
        link.name = t.name;
        link.trackers = t.metadata.trackers;
        return link.toString();
    }
    case ManualAnnounceTime:
        return -1;
    case MaxConnectedPeers:
    case PeerLimit:
        return m_settings ? m_settings->engineConfig().session.connectionsLimit : 500;
    case MetadataPercentComplete:
        return t.hasMetadata ? 1.0 : 0.0;
    case Name:
        return t.name;
    case Peers:
        return d ? peersArray(*d) : QJsonArray();
    case PeersConnected:
        return p.connectedPeers + p.connectedSeeds;
    case PeersFrom: {
        int fromDht = 0, fromPex = 0, fromLsd = 0, fromTracker = 0, incoming = 0;
        if (d) {
            for (const PeerDetails &peer : d->peers) {
                fromDht += peer.flags.contains(QLatin1Char('H'));
                fromPex += peer.flags.contains(QLatin1Char('X'));
                fromLsd += peer.flags.contains(QLatin1Char('L'));
                fromTracker += peer.flags.contains(QLatin1Char('T'));
                incoming += peer.flags.contains(QLatin1Char('I'));
            }
        }
        return QJsonObject {{QStringLiteral("fromCache"), 0}, {QStringLiteral("fromDht"), fromDht},
            {QStringLiteral("fromIncoming"), incoming}, {QStringLiteral("fromLpd"), fromLsd}, {QStringLiteral("fromLtep"), 0},
            {QStringLiteral("fromPex"), fromPex}, {QStringLiteral("fromTracker"), fromTracker}};
    }
    case PeersGettingFromUs:
    case PeersSendingToUs: {
        if (!d)
            return 0;
        const bool to = which == PeersGettingFromUs;
        return int(std::count_if(d->peers.cbegin(), d->peers.cend(),
            [to](const PeerDetails &peer) { return to ? peer.uploadRate > 0 : peer.downloadRate > 0; }));
    }
    case PercentComplete:
        return t.metadata.totalSize > 0 ? double(p.doneBytes) / double(t.metadata.totalSize) : 0.0;
    case PercentDone:
        return double(p.progress);
    case Pieces:
        return QString(); // a bitfield Revaer does not keep
    case PieceCount:
        return t.metadata.pieceCount;
    case PieceSize:
        return t.metadata.pieceLength;
    case Priorities: {
        QJsonArray list;
        for (int index : t.visibleFiles)
            list.append(transmissionPriority(t.priorities.value(index, FilePriority::Normal)));
        return list;
    }
    case PrimaryMimeType:
        return QStringLiteral("application/octet-stream");
    case QueuePosition:
        return t.queuePosition;
    case RateDownload:
        return p.downloadRate;
    case RateUpload:
        return p.uploadRate;
    case RecheckProgress:
        return t.state == TorrentState::Checking ? double(p.progress) : 0.0;
    case SecondsDownloading:
    case SecondsSeeding:
        return 0;
    case SeedIdleLimit:
        return 0;
    case SeedIdleMode:
        return 0; // the session's
    case SeedRatioLimit:
        return m_settings ? m_settings->engineConfig().session.stopSeedingAtRatio : 0.0;
    case SeedRatioMode:
        return 0; // the session's
    case SizeWhenDone:
        return p.totalBytes;
    case StartDate:
        return epochSeconds(t.startedAt);
    case StatusField:
        return statusOf(t);
    case TorrentFile:
        return QString();
    case TotalSize:
        return t.metadata.totalSize > 0 ? t.metadata.totalSize : p.totalBytes;
    case Trackers: {
        QJsonArray list;
        if (d) {
            for (int i = 0; i < d->trackers.size(); ++i) {
                const TrackerDetails &tr = d->trackers.at(i);
                list.append(QJsonObject {{QStringLiteral("id"), i}, {QStringLiteral("announce"), tr.url},
                    {QStringLiteral("scrape"), QString()}, {QStringLiteral("tier"), tr.tier},
                    {QStringLiteral("sitename"), QUrl(tr.url).host()}});
            }
        }
        return list;
    }
    case TrackerList: {
        QString text;
        int tier = -1;
        if (d) {
            for (const TrackerDetails &tr : d->trackers) {
                if (tier >= 0)
                    text += tr.tier == tier ? QStringLiteral("\n") : QStringLiteral("\n\n");
                text += tr.url;
                tier = tr.tier;
            }
        }
        return text;
    }
    case TrackerStats:
        return d ? trackerStatsArray(*d) : QJsonArray();
    case UploadedEver:
        return p.totalUploaded;
    case UploadLimit:
        return t.limits.uploadLimit / SpeedUnit;
    case UploadLimited:
        return t.limits.uploadLimit > 0;
    case UploadRatio:
        return p.totalDownloaded > 0 ? double(p.totalUploaded) / double(p.totalDownloaded) : -1.0;
    case Wanted: {
        QJsonArray list;
        for (int index : t.visibleFiles)
            list.append(t.priorities.value(index, FilePriority::Normal) > FilePriority::Skip ? 1 : 0);
        return list;
    }
    case Webseeds:
        return QJsonArray();
    case WebseedsSendingToUs:
        return 0;
    }
    return QJsonValue();
}

namespace {

// A list of file numbers as a client sees them (pad files left out) in
// `arguments[key]`; an empty list means every file. False with `error` set
// when it is not such a list.
bool fileList(
    const QJsonObject &arguments, const QString &key, qsizetype fileCount, std::optional<QList<int>> *out, QString *error)
{
    const QJsonValue value = arguments.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *error = TransmissionRpc::tr("“%1” must be a list of file numbers.").arg(key);
        return false;
    }
    QList<int> files;
    const QJsonArray list = value.toArray();
    for (const QJsonValue &item : list) {
        const auto number = wholeNumber(item, 0, qint64(fileCount) - 1);
        if (!number) {
            *error = TransmissionRpc::tr("“%1” names a file that is not in the torrent (it has %2 files, numbered from 0).")
                         .arg(key)
                         .arg(fileCount);
            return false;
        }
        files.append(int(*number));
    }
    if (files.isEmpty()) {
        for (int i = 0; i < fileCount; ++i)
            files.append(i);
    }
    *out = files;
    return true;
}

// Applies files-wanted, files-unwanted and priority-high/normal/low to
// `priorities` (by libtorrent index); `visible` maps a client's file number to it.
bool applyFileChoices(const QJsonObject &arguments, const std::vector<int> &visible, QList<int> *priorities, QString *error)
{
    std::optional<QList<int>> wanted, unwanted, high, normal, low;
    const qsizetype count = qsizetype(visible.size());
    if (!fileList(arguments, QStringLiteral("files-wanted"), count, &wanted, error)
        || !fileList(arguments, QStringLiteral("files-unwanted"), count, &unwanted, error)
        || !fileList(arguments, QStringLiteral("priority-high"), count, &high, error)
        || !fileList(arguments, QStringLiteral("priority-normal"), count, &normal, error)
        || !fileList(arguments, QStringLiteral("priority-low"), count, &low, error))
        return false;
    auto set = [&](const std::optional<QList<int>> &files, const std::function<int(int)> &change) {
        if (!files)
            return;
        for (int file : *files) {
            const int index = visible.at(size_t(file));
            (*priorities)[index] = change(priorities->at(index));
        }
    };
    // A priority keeps an unwanted file unwanted; wanting a file gives it normal priority.
    set(normal, [](int p) { return p == FilePriority::Skip ? p : FilePriority::Normal; });
    set(low, [](int p) { return p == FilePriority::Skip ? p : 1; });
    set(high, [](int p) { return p == FilePriority::Skip ? p : FilePriority::High; });
    set(unwanted, [](int) { return FilePriority::Skip; });
    set(wanted, [](int p) { return p == FilePriority::Skip ? FilePriority::Normal : p; });
    return true;
}

// A true/false argument (clients send 0 and 1 too): absent leaves `out`
// empty; anything else is an error naming the key.
bool readFlag(const QJsonObject &arguments, const char *key, std::optional<bool> *out, QString *error)
{
    const QJsonValue value = arguments.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isBool() && !value.isDouble()) {
        *error = TransmissionRpc::tr("“%1” must be true or false.").arg(QLatin1String(key));
        return false;
    }
    *out = value.toVariant().toBool();
    return true;
}

// "labels" (Transmission's word for tags): absent leaves `out` empty; a list
// of tags Revaer takes, made canonical; anything else is an error.
bool readLabels(const QJsonObject &arguments, std::optional<QStringList> *out, QString *error)
{
    const QJsonValue value = arguments.value(QLatin1String("labels"));
    if (value.isUndefined())
        return true;
    const QJsonArray list = value.toArray();
    QStringList tags;
    for (const QJsonValue &label : list)
        tags.append(label.toString());
    if (!value.isArray() || std::any_of(list.begin(), list.end(), [](const QJsonValue &label) { return !label.isString(); })) {
        *error = TransmissionRpc::tr("“labels” must be a list of texts.");
        return false;
    }
    QString labelError;
    *out = Labels::normalTags(tags, &labelError);
    if (!labelError.isEmpty()) {
        *error = labelError;
        return false;
    }
    return true;
}

bool hasFileChoices(const QJsonObject &arguments)
{
    for (const char *key : {"files-wanted", "files-unwanted", "priority-high", "priority-normal", "priority-low"}) {
        if (arguments.contains(QLatin1String(key)))
            return true;
    }
    return false;
}

QList<int> defaultPriorities(const TorrentMetadata &metadata)
{
    QList<int> priorities;
    for (const TorrentFileEntry &file : metadata.files)
        priorities.append(file.padFile ? FilePriority::Skip : FilePriority::Normal);
    return priorities;
}

QJsonObject torrentSummary(const MirroredTorrent &t)
{
    return {{QStringLiteral("id"), t.rpcId}, {QStringLiteral("name"), t.name}, {QStringLiteral("hashString"), t.id.toString()}};
}

} // namespace

void TransmissionRpc::torrentAdd(const Call &call)
{
    const QJsonObject &a = call.arguments;
    const QJsonValue filename = a.value(QLatin1String("filename"));
    const QJsonValue metainfo = a.value(QLatin1String("metainfo"));
    if (!filename.isString() && !metainfo.isString()) {
        answer(call,
            tr("torrent-add needs “filename” (a magnet link or a .torrent file on the server) or “metainfo” "
               "(a .torrent, base64)."));
        return;
    }
    for (const char *key : {"download-dir"}) {
        if (a.contains(QLatin1String(key)) && !a.value(QLatin1String(key)).isString()) {
            answer(call, tr("“%1” must be a string.").arg(QLatin1String(key)));
            return;
        }
    }
    std::optional<bool> paused;
    std::optional<QStringList> labels;
    if (QString error; !readFlag(a, "paused", &paused, &error) || !readLabels(a, &labels, &error)) {
        answer(call, error);
        return;
    }

    AddTorrentRequest request;
    TorrentFileParser::Result parsed;
    if (metainfo.isString()) {
        const auto decoded = QByteArray::fromBase64Encoding(metainfo.toString().toLatin1());
        if (!decoded || decoded.decoded.isEmpty()) {
            answer(call, tr("“metainfo” is not base64: send the .torrent file's bytes encoded as base64."));
            return;
        }
        request.kind = AddTorrentRequest::Kind::TorrentData;
        request.data = decoded.decoded;
        request.source = tr("a .torrent sent by %1").arg(call.client);
        parsed = TorrentFileParser::parseTorrent(request.data, request.source);
    } else {
        const QString name = filename.toString().trimmed();
        if (name.startsWith(QLatin1String("magnet:"), Qt::CaseInsensitive)) {
            request = AddTorrentRequest::fromMagnet(name);
            parsed = TorrentFileParser::parseMagnet(name);
        } else if (name.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || name.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
            download(call, QUrl(name));
            return;
        } else {
            QString error;
            request.kind = AddTorrentRequest::Kind::TorrentData;
            request.source = name;
            request.data = TorrentFileParser::readFile(name, &error);
            if (!error.isEmpty()) {
                answer(call, error);
                return;
            }
            parsed = TorrentFileParser::parseTorrent(request.data, name);
        }
    }
    addParsed(call, request, parsed);
}

void TransmissionRpc::download(const Call &call, const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        answer(call, tr("“%1” is not a web address to download a .torrent from.").arg(Units::elided(url.toString(), 120)));
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(30000);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Revaer/%1").arg(QCoreApplication::applicationVersion()));
    // Transmission's "cookies": "name=value; name2=value2", for trackers that want a login.
    const QString cookies = call.arguments.value(QLatin1String("cookies")).toString();
    if (!cookies.isEmpty() && !cookies.contains(QLatin1Char('\n')) && !cookies.contains(QLatin1Char('\r')))
        request.setRawHeader("Cookie", cookies.toUtf8());
    QNetworkReply *reply = m_network->get(request);
    const QString shown = Units::elided(url.toString(QUrl::RemoveUserInfo), 120);
    // Stopped as soon as it is bigger than any .torrent libtorrent accepts.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > TorrentFileParser::MaxTorrentFileBytes || total > TorrentFileParser::MaxTorrentFileBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, shown] {
        reply->deleteLater();
        if (!call.context)
            return;
        const QByteArray data = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
        if (reply->error() == QNetworkReply::OperationCanceledError || data.size() > TorrentFileParser::MaxTorrentFileBytes) {
            answer(call, tr("Cannot add “%1”: it is larger than any .torrent file (10 MB).").arg(shown));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            answer(call, tr("Cannot download “%1”: %2.").arg(shown, reply->errorString()));
            return;
        }
        AddTorrentRequest fetched;
        fetched.kind = AddTorrentRequest::Kind::TorrentData;
        fetched.data = data;
        fetched.source = shown;
        addParsed(call, fetched, TorrentFileParser::parseTorrent(data, shown));
    });
}

void TransmissionRpc::addParsed(const Call &call, AddTorrentRequest request, const TorrentFileParser::Result &parsed)
{
    const QJsonObject &a = call.arguments;
    if (!parsed.ok()) {
        answer(call, parsed.error);
        return;
    }
    if (const MirroredTorrent *existing = m_mirror->find(parsed.id)) {
        answer(call, QStringLiteral("success"), {{QStringLiteral("torrent-duplicate"), torrentSummary(*existing)}});
        return;
    }
    if (m_pendingAdds.contains(parsed.id)) {
        answer(call, tr("“%1” is being added already.").arg(Units::elided(parsed.metadata.name)));
        return;
    }

    request.savePath = a.value(QLatin1String("download-dir")).toString();
    std::optional<QStringList> labels;
    if (QString error; readLabels(a, &labels, &error) && labels) // checked by torrentAdd
        request.labels.tags = *labels;
    const bool startPaused = m_settings ? m_settings->startPaused() : false;
    request.paused
        = a.value(QLatin1String("paused")).isUndefined() ? startPaused : a.value(QLatin1String("paused")).toVariant().toBool();
    if (m_settings) // an incomplete folder, as for a torrent added in the window
        m_settings->place(request);
    request.peers = parsed.peers;

    auto pending = std::make_shared<PendingAdd>();
    pending->call = call;
    pending->source = request.source;
    if (hasFileChoices(a)) {
        if (!parsed.metadata.isValid()) {
            answer(call,
                tr("A magnet link's files are not known before its metadata arrives: add it, then choose its "
                   "files with torrent-set."));
            return;
        }
        QList<int> priorities = defaultPriorities(parsed.metadata);
        QString error;
        if (!applyFileChoices(a, visibleFiles(parsed.metadata), &priorities, &error)) {
            answer(call, error);
            return;
        }
        request.filePriorities = priorities;
    }
    m_pendingAdds.insert(parsed.id, pending);
    const TorrentId id = parsed.id;
    QTimer::singleShot(AddTimeoutMs, this, [this, id, pending] {
        if (m_pendingAdds.value(id) == pending)
            finishAdd(id,
                tr("The engine did not add the torrent within %1 seconds; it may still appear.").arg(AddTimeoutMs / 1000), {});
    });
    qCInfo(lcRemote).noquote() << call.client << "adds" << Units::elided(request.source, 120);
    m_engine->addTorrent(request);
}

void TransmissionRpc::onAdded(const MirroredTorrent &torrent)
{
    if (m_pendingAdds.contains(torrent.id))
        finishAdd(torrent.id, QStringLiteral("success"), {{QStringLiteral("torrent-added"), torrentSummary(torrent)}});
}

void TransmissionRpc::onMessage(const EngineMessage &message)
{
    if (message.severity != EngineMessage::Severity::Error)
        return;
    for (auto it = m_pendingAdds.cbegin(); it != m_pendingAdds.cend(); ++it) {
        if ((*it)->source == message.source || (message.id.isValid() && message.id == it.key())) {
            const TorrentId id = it.key();
            if (message.alreadyAdded) {
                if (const MirroredTorrent *existing = m_mirror->find(id)) {
                    finishAdd(id, QStringLiteral("success"), {{QStringLiteral("torrent-duplicate"), torrentSummary(*existing)}});
                    return;
                }
            }
            finishAdd(id, message.message, {});
            return;
        }
    }
}

void TransmissionRpc::finishAdd(const TorrentId &id, const QString &result, const QJsonObject &arguments)
{
    const std::shared_ptr<PendingAdd> pending = m_pendingAdds.take(id);
    if (!pending || pending->answered)
        return;
    pending->answered = true;
    answer(pending->call, result, arguments);
}

void TransmissionRpc::torrentSet(const Call &call)
{
    const QJsonObject &a = call.arguments;
    std::vector<const MirroredTorrent *> torrents;
    if (!selected(call, &torrents))
        return;
    QString error;
    // Check every argument before changing anything: all or nothing.
    std::optional<QStringList> labels;
    if (!readLabels(a, &labels, &error)) {
        answer(call, error);
        return;
    }
    auto number = [&](const char *key, std::optional<qint64> *out) {
        const QJsonValue value = a.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        *out = wholeNumber(value, 0, 2'000'000);
        if (!*out)
            error = tr("“%1” must be a whole number of kB/s from 0 to 2000000.").arg(QLatin1String(key));
        return out->has_value();
    };
    std::optional<qint64> downloadLimit, uploadLimit;
    std::optional<bool> downloadLimited, uploadLimited, sequential;
    if (!number("downloadLimit", &downloadLimit) || !number("uploadLimit", &uploadLimit)
        || !readFlag(a, "downloadLimited", &downloadLimited, &error) || !readFlag(a, "uploadLimited", &uploadLimited, &error)
        || !readFlag(a, "sequentialDownload", &sequential, &error)) {
        answer(call, error);
        return;
    }
    const QJsonValue location = a.value(QLatin1String("location"));
    if (!location.isUndefined() && (!location.isString() || location.toString().isEmpty())) {
        answer(call, tr("“location” must be a folder on the server."));
        return;
    }
    const QJsonValue trackerAdd = a.value(QLatin1String("trackerAdd"));
    const QJsonValue trackerList = a.value(QLatin1String("trackerList"));
    if ((!trackerAdd.isUndefined() && !trackerAdd.isArray()) || (!trackerList.isUndefined() && !trackerList.isString())) {
        answer(call, tr("“trackerAdd” must be a list of tracker addresses and “trackerList” a text of them."));
        return;
    }
    if (a.contains(QLatin1String("trackerRemove")) || a.contains(QLatin1String("trackerReplace"))) {
        answer(call, tr("Use “trackerList” to change a torrent's trackers: Revaer does not number them."));
        return;
    }
    QHash<TorrentId, QList<int>> newPriorities;
    if (hasFileChoices(a) && !call.refreshed) {
        // From the priorities in force: the window may have changed them.
        m_mirror->fetchDetails(idsOf(torrents), call.context, [this, call](const QHash<TorrentId, TorrentDetails> &) {
            Call again = call;
            again.refreshed = true;
            torrentSet(again);
        });
        return;
    }
    if (hasFileChoices(a)) {
        for (const MirroredTorrent *t : torrents) {
            if (!t->hasMetadata) {
                answer(
                    call, tr("The files of “%1” are not known yet: its metadata has not arrived.").arg(Units::elided(t->name)));
                return;
            }
            QList<int> priorities = t->priorities.isEmpty() ? defaultPriorities(t->metadata) : t->priorities;
            if (!applyFileChoices(a, t->visibleFiles, &priorities, &error)) {
                answer(call, error);
                return;
            }
            newPriorities.insert(t->id, priorities);
        }
    }

    for (const MirroredTorrent *t : torrents) {
        if (newPriorities.contains(t->id))
            m_engine->setFilePriorities(t->id, newPriorities.value(t->id));
        if (downloadLimit || uploadLimit || downloadLimited || uploadLimited) {
            RateLimits limits = t->limits;
            auto change = [](int &limit, const std::optional<qint64> &value, const std::optional<bool> &limited) {
                if (value && limited.value_or(true))
                    limit = int(*value * SpeedUnit);
                if (limited && !*limited)
                    limit = 0;
            };
            change(limits.downloadLimit, downloadLimit, downloadLimited);
            change(limits.uploadLimit, uploadLimit, uploadLimited);
            if (limits != t->limits)
                m_engine->setTorrentLimits({t->id}, limits);
        }
        if (trackerList.isString()) {
            QStringList urls;
            for (const QString &line : trackerList.toString().split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty())
                    urls.append(line.trimmed());
            }
            m_engine->setTrackers(t->id, urls);
        }
        if (trackerAdd.isArray()) {
            QStringList urls;
            for (const QJsonValue &url : trackerAdd.toArray())
                urls.append(url.toString());
            m_engine->mergeTrackers(t->id, urls);
        }
    }
    const QList<TorrentId> ids = idsOf(torrents);
    if (sequential)
        m_engine->setSequential(ids, *sequential);
    if (labels)
        m_engine->setTags(ids, *labels, TagChange::Replace);
    if (location.isString())
        m_engine->moveStorage(ids, QDir::cleanPath(location.toString()));
    answer(call, QStringLiteral("success"));
}

void TransmissionRpc::torrentAction(const Call &call)
{
    std::vector<const MirroredTorrent *> torrents;
    if (!selected(call, &torrents))
        return;
    const QString &m = call.method;
    const QList<TorrentId> ids = idsOf(torrents);
    if (m == QLatin1String("torrent-start")) {
        m_engine->resumeTorrents(ids);
    } else if (m == QLatin1String("torrent-start-now")) {
        // Revaer has no "start beside the queue": it starts them at the top of it.
        m_engine->resumeTorrents(ids);
        std::sort(torrents.begin(), torrents.end(),
            [](const MirroredTorrent *x, const MirroredTorrent *y) { return x->queuePosition > y->queuePosition; });
        m_engine->moveInQueue(idsOf(torrents), QueueMove::Top);
    } else if (m == QLatin1String("torrent-stop")) {
        m_engine->pauseTorrents(ids);
    } else if (m == QLatin1String("torrent-verify")) {
        m_engine->recheckTorrents(ids);
    } else if (m == QLatin1String("torrent-reannounce")) {
        m_engine->forceReannounce(ids);
    } else {
        static const QHash<QString, QueueMove> moves {{QStringLiteral("queue-move-top"), QueueMove::Top},
            {QStringLiteral("queue-move-up"), QueueMove::Up}, {QStringLiteral("queue-move-down"), QueueMove::Down},
            {QStringLiteral("queue-move-bottom"), QueueMove::Bottom}};
        const auto move = moves.constFind(m);
        if (move == moves.cend()) {
            answer(call, tr("Unknown method “%1”.").arg(Units::elided(m, 80)));
            return;
        }
        // One at a time, in the order that keeps their order among themselves.
        const bool descending = *move == QueueMove::Top || *move == QueueMove::Down;
        std::sort(torrents.begin(), torrents.end(), [descending](const MirroredTorrent *x, const MirroredTorrent *y) {
            return descending ? x->queuePosition > y->queuePosition : x->queuePosition < y->queuePosition;
        });
        m_engine->moveInQueue(idsOf(torrents), *move);
    }
    answer(call, QStringLiteral("success"));
}

void TransmissionRpc::torrentRemove(const Call &call)
{
    std::vector<const MirroredTorrent *> torrents;
    if (!selected(call, &torrents))
        return;
    std::optional<bool> deleteData;
    if (QString error; !readFlag(call.arguments, "delete-local-data", &deleteData, &error)) {
        answer(call, error);
        return;
    }
    const bool deleting = deleteData.value_or(false);
    if (!torrents.empty()) {
        qCInfo(lcRemote).noquote() << call.client << "removes" << torrents.size() << "torrents"
                                   << (deleting ? "and their files" : "");
        m_engine->removeTorrents(idsOf(torrents), deleting ? RemoveMode::DeleteFiles : RemoveMode::KeepFiles);
    }
    answer(call, QStringLiteral("success"));
}

void TransmissionRpc::torrentSetLocation(const Call &call)
{
    std::vector<const MirroredTorrent *> torrents;
    if (!selected(call, &torrents))
        return;
    const QJsonValue location = call.arguments.value(QLatin1String("location"));
    if (!location.isString() || location.toString().isEmpty()) {
        answer(call, tr("torrent-set-location needs “location”, a folder on the server."));
        return;
    }
    // With "move": false Transmission looks for the data in the new folder.
    // Revaer moves it either way, keeping files already there, so data found
    // in the new folder is used and data only in the old one is not lost.
    m_engine->moveStorage(idsOf(torrents), QDir::cleanPath(location.toString()));
    answer(call, QStringLiteral("success"));
}

void TransmissionRpc::torrentRenamePath(const Call &call)
{
    std::vector<const MirroredTorrent *> torrents;
    if (!selected(call, &torrents))
        return;
    const QString path = call.arguments.value(QLatin1String("path")).toString();
    const QString name = call.arguments.value(QLatin1String("name")).toString();
    if (torrents.size() != 1) {
        answer(call, tr("torrent-rename-path renames in one torrent: give exactly one id."));
        return;
    }
    if (path.isEmpty() || name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name == QLatin1String("..") || name == QLatin1String(".")) {
        answer(call,
            tr("torrent-rename-path needs “path” (a file or folder in the torrent) and “name”, a new name "
               "without slashes."));
        return;
    }
    const MirroredTorrent &t = *torrents.front();
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString renamed = (slash >= 0 ? path.left(slash + 1) : QString()) + name;
    int changed = 0;
    for (int index : t.visibleFiles) {
        const QString &filePath = t.metadata.files.at(index).path;
        if (filePath == path) {
            m_engine->renameFile(t.id, index, renamed);
            ++changed;
        } else if (filePath.startsWith(path + QLatin1Char('/'))) {
            m_engine->renameFile(t.id, index, renamed + filePath.mid(path.size()));
            ++changed;
        }
    }
    if (changed == 0) {
        answer(call, tr("“%1” is not a file or folder of “%2”.").arg(Units::elided(path, 120), Units::elided(t.name)));
        return;
    }
    answer(call, QStringLiteral("success"),
        {{QStringLiteral("id"), t.rpcId}, {QStringLiteral("path"), path}, {QStringLiteral("name"), name}});
}

void TransmissionRpc::freeSpace(const Call &call)
{
    const QString path = call.arguments.value(QLatin1String("path")).toString();
    const QStorageInfo storage(path);
    if (path.isEmpty() || !QFileInfo(path).isDir() || !storage.isValid()) {
        answer(call, tr("“%1” is not a folder on the server.").arg(Units::elided(path, 120)));
        return;
    }
    answer(call, QStringLiteral("success"),
        {{QStringLiteral("path"), path}, {QStringLiteral("size-bytes"), storage.bytesAvailable()},
            {QStringLiteral("total_size"), storage.bytesTotal()}});
}

namespace {

// Transmission's alt-speed days: bit 0 Sunday ... bit 6 Saturday; Revaer's: bit 0 Monday ... bit 6 Sunday.
int transmissionDays(quint8 days)
{
    return ((days >> 6) & 1) | ((days & 0x3f) << 1);
}

quint8 revaerDays(int days)
{
    return quint8(((days >> 1) & 0x3f) | ((days & 1) << 6));
}

QString encryptionName(EncryptionMode mode)
{
    switch (mode) {
    case EncryptionMode::Require:
        return QStringLiteral("required");
    case EncryptionMode::Disable:
        return QStringLiteral("tolerated");
    case EncryptionMode::Prefer:
        break;
    }
    return QStringLiteral("preferred");
}

int portOf(const QString &listenInterfaces)
{
    const QString first = listenInterfaces.section(QLatin1Char(','), 0, 0);
    return first.mid(first.lastIndexOf(QLatin1Char(':')) + 1).toInt();
}

QString withPort(const QString &listenInterfaces, int port)
{
    QStringList parts = listenInterfaces.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &part : parts) {
        const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
        part = (colon >= 0 ? part.left(colon) : part) + QLatin1Char(':') + QString::number(port);
    }
    return parts.join(QLatin1Char(','));
}

} // namespace

QJsonObject TransmissionRpc::sessionObject() const
{
    const EngineConfig config = m_settings ? m_settings->engineConfig() : EngineConfig {};
    const SessionSettings &s = config.session;
    const int shownDown = (s.limits.downloadLimit > 0 ? s.limits.downloadLimit : m_shownLimits.downloadLimit) / SpeedUnit;
    const int shownUp = (s.limits.uploadLimit > 0 ? s.limits.uploadLimit : m_shownLimits.uploadLimit) / SpeedUnit;
    const QStorageInfo storage(config.defaultSavePath);
    const QString incomplete = m_settings ? m_settings->incompletePath() : QString();
    const QString completionProgram = m_settings ? m_settings->completionCommand().program : QString();
    const QJsonArray speedUnits {QStringLiteral("kB/s"), QStringLiteral("MB/s"), QStringLiteral("GB/s"), QStringLiteral("TB/s")};
    const QJsonArray sizeUnits {QStringLiteral("kB"), QStringLiteral("MB"), QStringLiteral("GB"), QStringLiteral("TB")};
    return {
        {QStringLiteral("alt-speed-down"), s.altLimits.downloadLimit / SpeedUnit},
        {QStringLiteral("alt-speed-up"), s.altLimits.uploadLimit / SpeedUnit},
        {QStringLiteral("alt-speed-enabled"), m_mirror->limits().altLimitsEnabled || s.altLimitsEnabled},
        {QStringLiteral("alt-speed-time-enabled"), s.altSchedule.enabled},
        {QStringLiteral("alt-speed-time-begin"), s.altSchedule.from.msecsSinceStartOfDay() / 60'000},
        {QStringLiteral("alt-speed-time-end"), s.altSchedule.to.msecsSinceStartOfDay() / 60'000},
        {QStringLiteral("alt-speed-time-day"), transmissionDays(s.altSchedule.days)},
        {QStringLiteral("blocklist-enabled"), false},
        {QStringLiteral("blocklist-size"), 0},
        {QStringLiteral("blocklist-url"), QString()},
        {QStringLiteral("cache-size-mb"), 0},
        {QStringLiteral("config-dir"), m_configDir},
        {QStringLiteral("dht-enabled"), s.enableDht},
        {QStringLiteral("download-dir"), config.defaultSavePath},
        {QStringLiteral("download-dir-free-space"), storage.isValid() ? storage.bytesAvailable() : -1},
        {QStringLiteral("download-queue-enabled"), true},
        {QStringLiteral("download-queue-size"), s.maxActiveDownloads},
        {QStringLiteral("encryption"), encryptionName(s.encryption)},
        {QStringLiteral("idle-seeding-limit"), 30},
        {QStringLiteral("idle-seeding-limit-enabled"), false},
        {QStringLiteral("incomplete-dir"), incomplete.isEmpty() ? m_shownIncompleteDir : incomplete},
        {QStringLiteral("incomplete-dir-enabled"), !incomplete.isEmpty()},
        {QStringLiteral("lpd-enabled"), s.enableLsd},
        {QStringLiteral("peer-limit-global"), s.connectionsLimit},
        {QStringLiteral("peer-limit-per-torrent"), s.connectionsLimit},
        {QStringLiteral("peer-port"), m_mirror->listenPort() > 0 ? m_mirror->listenPort() : portOf(s.listenInterfaces)},
        {QStringLiteral("peer-port-random-on-start"), false},
        {QStringLiteral("pex-enabled"), s.enablePex},
        {QStringLiteral("port-forwarding-enabled"), s.enableUpnp || s.enableNatPmp},
        {QStringLiteral("queue-stalled-enabled"), false},
        {QStringLiteral("queue-stalled-minutes"), 30},
        {QStringLiteral("rename-partial-files"), false},
        {QStringLiteral("rpc-version"), RpcVersion},
        {QStringLiteral("rpc-version-minimum"), 1},
        // The program run on completion: shown, never set from afar (a
        // client could otherwise run any program on the server).
        {QStringLiteral("script-torrent-done-enabled"), !completionProgram.isEmpty()},
        {QStringLiteral("script-torrent-done-filename"), completionProgram},
        {QStringLiteral("seed-queue-enabled"), true},
        {QStringLiteral("seed-queue-size"), s.maxActiveSeeds},
        {QStringLiteral("seedRatioLimit"), s.stopSeedingAtRatio > 0 ? s.stopSeedingAtRatio : 2.0},
        {QStringLiteral("seedRatioLimited"), s.stopSeedingAtRatio > 0},
        {QStringLiteral("session-id"), m_sessionId},
        {QStringLiteral("speed-limit-down"), shownDown},
        {QStringLiteral("speed-limit-down-enabled"), s.limits.downloadLimit > 0},
        {QStringLiteral("speed-limit-up"), shownUp},
        {QStringLiteral("speed-limit-up-enabled"), s.limits.uploadLimit > 0},
        {QStringLiteral("start-added-torrents"), m_settings ? !m_settings->startPaused() : true},
        {QStringLiteral("trash-original-torrent-files"), false},
        {QStringLiteral("units"),
            QJsonObject {{QStringLiteral("speed-units"), speedUnits}, {QStringLiteral("speed-bytes"), SpeedUnit},
                {QStringLiteral("size-units"), sizeUnits}, {QStringLiteral("size-bytes"), 1000},
                {QStringLiteral("memory-units"),
                    QJsonArray {QStringLiteral("KiB"), QStringLiteral("MiB"), QStringLiteral("GiB"), QStringLiteral("TiB")}},
                {QStringLiteral("memory-bytes"), 1024}}},
        {QStringLiteral("utp-enabled"), true},
        // Clients read the version as Transmission's: 3.00 speaks rpc-version 16.
        {QStringLiteral("version"), QStringLiteral("3.00 (Revaer %1)").arg(QCoreApplication::applicationVersion())},
    };
}

void TransmissionRpc::sessionGet(const Call &call)
{
    QJsonObject session = sessionObject();
    const QJsonValue fields = call.arguments.value(QLatin1String("fields"));
    if (fields.isArray() && !fields.toArray().isEmpty()) {
        QJsonObject chosen;
        for (const QJsonValue &name : fields.toArray()) {
            if (session.contains(name.toString()))
                chosen.insert(name.toString(), session.value(name.toString()));
        }
        session = chosen;
    }
    answer(call, QStringLiteral("success"), session);
}

void TransmissionRpc::sessionSet(const Call &call)
{
    if (!m_settings) {
        answer(call, tr("This server cannot change settings."));
        return;
    }
    const QJsonObject &a = call.arguments;
    EngineConfig config = m_settings->engineConfig();
    SessionSettings &s = config.session;
    QString error;
    auto number = [&](const char *key, double minimum, double maximum, const std::function<void(double)> &set) {
        const QJsonValue value = a.value(QLatin1String(key));
        if (value.isUndefined() || !error.isEmpty())
            return;
        const double n = value.toDouble(std::nan(""));
        if (!value.isDouble() || !(n >= minimum && n <= maximum))
            error = tr("“%1” must be a number from %2 to %3.").arg(QLatin1String(key)).arg(minimum).arg(maximum);
        else
            set(n);
    };
    auto flag = [&](const char *key, const std::function<void(bool)> &set) {
        std::optional<bool> value;
        if (error.isEmpty() && readFlag(a, key, &value, &error) && value)
            set(*value);
    };
    constexpr double MaxKBps = 2'000'000;
    std::optional<bool> downEnabled, upEnabled, startAdded;
    flag("speed-limit-down-enabled", [&](bool on) { downEnabled = on; });
    flag("speed-limit-up-enabled", [&](bool on) { upEnabled = on; });
    number("speed-limit-down", 0, MaxKBps, [&](double n) { m_shownLimits.downloadLimit = int(n) * SpeedUnit; });
    number("speed-limit-up", 0, MaxKBps, [&](double n) { m_shownLimits.uploadLimit = int(n) * SpeedUnit; });
    number("alt-speed-down", 0, MaxKBps, [&](double n) { s.altLimits.downloadLimit = int(n) * SpeedUnit; });
    number("alt-speed-up", 0, MaxKBps, [&](double n) { s.altLimits.uploadLimit = int(n) * SpeedUnit; });
    flag("alt-speed-enabled", [&](bool on) { s.altLimitsEnabled = on; });
    flag("alt-speed-time-enabled", [&](bool on) { s.altSchedule.enabled = on; });
    number("alt-speed-time-begin", 0, 1439, [&](double n) { s.altSchedule.from = QTime(0, 0).addSecs(int(n) * 60); });
    number("alt-speed-time-end", 0, 1439, [&](double n) { s.altSchedule.to = QTime(0, 0).addSecs(int(n) * 60); });
    number("alt-speed-time-day", 0, 127, [&](double n) { s.altSchedule.days = revaerDays(int(n)); });
    flag("dht-enabled", [&](bool on) { s.enableDht = on; });
    flag("pex-enabled", [&](bool on) { s.enablePex = on; });
    flag("lpd-enabled", [&](bool on) { s.enableLsd = on; });
    flag("port-forwarding-enabled", [&](bool on) { s.enableUpnp = s.enableNatPmp = on; });
    number("peer-limit-global", 1, 65535, [&](double n) { s.connectionsLimit = int(n); });
    number("download-queue-size", 0, 100000, [&](double n) { s.maxActiveDownloads = int(n); });
    number("seed-queue-size", 0, 100000, [&](double n) { s.maxActiveSeeds = int(n); });
    number("peer-port", 1, 65535, [&](double n) { s.listenInterfaces = withPort(s.listenInterfaces, int(n)); });
    std::optional<double> ratio;
    std::optional<bool> ratioLimited;
    number("seedRatioLimit", 0, 10000, [&](double n) { ratio = n; });
    flag("seedRatioLimited", [&](bool on) { ratioLimited = on; });
    flag("start-added-torrents", [&](bool on) { startAdded = on; });
    const QJsonValue encryption = a.value(QLatin1String("encryption"));
    if (!encryption.isUndefined() && error.isEmpty()) {
        const QString mode = encryption.toString();
        if (mode == QLatin1String("required"))
            s.encryption = EncryptionMode::Require;
        else if (mode == QLatin1String("preferred"))
            s.encryption = EncryptionMode::Prefer;
        else if (mode == QLatin1String("tolerated"))
            s.encryption = EncryptionMode::Disable;
        else
            error = tr("“encryption” must be “required”, “preferred” or “tolerated”.");
    }
    // The folder for unfinished downloads and its switch: Transmission keeps
    // the folder while it is off; Revaer's settings know only the folder.
    std::optional<bool> incompleteOn;
    flag("incomplete-dir-enabled", [&](bool on) { incompleteOn = on; });
    std::optional<QString> incompleteDir;
    const QJsonValue incompleteValue = a.value(QLatin1String("incomplete-dir"));
    if (!incompleteValue.isUndefined() && error.isEmpty()) {
        if (!incompleteValue.isString() || !QDir::isAbsolutePath(incompleteValue.toString()))
            error = tr("“incomplete-dir” must be a folder on the server, given in full.");
        else
            incompleteDir = QDir::cleanPath(incompleteValue.toString());
    }
    const bool incompleteWasOn = !m_settings->incompletePath().isEmpty();
    // Switched on with no folder given now, before, or remembered while off.
    if (incompleteOn.value_or(false) && !incompleteWasOn && !incompleteDir && m_shownIncompleteDir.isEmpty() && error.isEmpty())
        error = tr("“incomplete-dir-enabled” needs “incomplete-dir”: the folder to use.");
    // Sent back unchanged (a client saving its whole preferences) is fine.
    const QString program = m_settings->completionCommand().program;
    const QJsonValue scriptName = a.value(QLatin1String("script-torrent-done-filename"));
    const QJsonValue scriptOn = a.value(QLatin1String("script-torrent-done-enabled"));
    if ((!scriptName.isUndefined() && scriptName.toString() != program)
        || (!scriptOn.isUndefined() && scriptOn.toBool() != !program.isEmpty()))
        error = tr("The program run on completion is set on the server (Settings > Downloads, or revaer.ini), "
                   "not through remote control.");
    const QJsonValue downloadDir = a.value(QLatin1String("download-dir"));
    if (!downloadDir.isUndefined() && error.isEmpty()) {
        if (!downloadDir.isString() || downloadDir.toString().isEmpty())
            error = tr("“download-dir” must be a folder on the server.");
        else
            config.defaultSavePath = QDir::cleanPath(downloadDir.toString());
    }
    if (!error.isEmpty()) {
        answer(call, error);
        return;
    }
    // A cap and its switch: Transmission keeps the value while it is off.
    const bool downOn = downEnabled.value_or(s.limits.downloadLimit > 0);
    const bool upOn = upEnabled.value_or(s.limits.uploadLimit > 0);
    s.limits.downloadLimit = downOn ? m_shownLimits.downloadLimit : 0;
    s.limits.uploadLimit = upOn ? m_shownLimits.uploadLimit : 0;
    if (ratioLimited || ratio) {
        const bool on = ratioLimited.value_or(s.stopSeedingAtRatio > 0);
        s.stopSeedingAtRatio = on ? ratio.value_or(s.stopSeedingAtRatio > 0 ? s.stopSeedingAtRatio : 2.0) : 0;
    }
    qCInfo(lcRemote).noquote() << call.client << "changes settings:" << a.keys().join(QLatin1String(", "));
    m_settings->setEngineConfig(config);
    if (incompleteDir || incompleteOn) {
        if (incompleteDir)
            m_shownIncompleteDir = *incompleteDir;
        else if (incompleteWasOn)
            m_shownIncompleteDir = m_settings->incompletePath();
        m_settings->setIncompletePath(incompleteOn.value_or(incompleteWasOn) ? m_shownIncompleteDir : QString());
    }
    if (startAdded) {
        SettingsStore::InterfaceChoices choices = m_settings->interfaceChoices();
        choices.startPaused = !*startAdded;
        m_settings->setInterfaceChoices(choices);
    }
    answer(call, QStringLiteral("success"));
}

void TransmissionRpc::sessionStats(const Call &call)
{
    int active = 0, paused = 0;
    for (const MirroredTorrent *t : m_mirror->torrents()) {
        if (statusOf(*t) == Stopped)
            ++paused;
        else
            ++active;
    }
    const QJsonObject current {{QStringLiteral("downloadedBytes"), m_mirror->downloadedThisRun()},
        {QStringLiteral("uploadedBytes"), m_mirror->uploadedThisRun()}, {QStringLiteral("filesAdded"), m_mirror->addedThisRun()},
        {QStringLiteral("sessionCount"), 1}, {QStringLiteral("secondsActive"), m_mirror->uptimeSeconds()}};
    answer(call, QStringLiteral("success"),
        {{QStringLiteral("activeTorrentCount"), active}, {QStringLiteral("pausedTorrentCount"), paused},
            {QStringLiteral("torrentCount"), int(m_mirror->torrents().size())},
            {QStringLiteral("downloadSpeed"), m_mirror->sessionStats().downloadRate},
            {QStringLiteral("uploadSpeed"), m_mirror->sessionStats().uploadRate},
            // Revaer keeps no totals across runs: the cumulative figures are this run's.
            {QStringLiteral("cumulative-stats"), current}, {QStringLiteral("current-stats"), current}});
}

} // namespace Revaer
