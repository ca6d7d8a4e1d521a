#include "remoteengine.h"

#include "backend/torrentfileparser.h"
#include "remotelog.h"
#include "units.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

namespace Revaer {

namespace {

constexpr int SpeedUnit = 1000; // Transmission's kB/s
constexpr int FullRefreshEvery = 10; // polls between full id lists (removals older than a minute)

QDateTime fromEpoch(const QJsonValue &value)
{
    const qint64 seconds = value.toInteger();
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds) : QDateTime();
}

TorrentState stateOf(const QJsonObject &t, QString *reason)
{
    reason->clear();
    const int status = t.value(QLatin1String("status")).toInt();
    const int error = t.value(QLatin1String("error")).toInt();
    const bool stalled = t.value(QLatin1String("isStalled")).toBool();
    if (error == 3) { // a local error stopped it
        *reason = t.value(QLatin1String("errorString")).toString();
        return TorrentState::Error;
    }
    switch (status) {
    case 0:
        return TorrentState::Paused;
    case 1:
    case 3:
    case 5:
        return TorrentState::Queued;
    case 2:
        return TorrentState::Checking;
    case 4:
        if (t.value(QLatin1String("metadataPercentComplete")).toDouble(1) < 1)
            return TorrentState::FetchingMetadata;
        return stalled ? TorrentState::StalledDownloading : TorrentState::Downloading;
    case 6:
        return stalled ? TorrentState::StalledSeeding : TorrentState::Seeding;
    default:
        return TorrentState::Paused;
    }
}

int enginePriority(bool wanted, int priority)
{
    if (!wanted)
        return FilePriority::Skip;
    return priority > 0 ? FilePriority::High : priority < 0 ? 1 : FilePriority::Normal;
}

} // namespace

RemoteEngine::RemoteEngine(Server server, QObject *parent)
    : TorrentEngine(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_url = server.url;
    if (m_url.path().isEmpty() || m_url.path() == QLatin1String("/"))
        m_url.setPath(QStringLiteral("/transmission/rpc"));
    m_pinned = server.pinnedCertificate;
    if (!server.user.isEmpty())
        m_authorization = "Basic " + (server.user + QLatin1Char(':') + server.password).toUtf8().toBase64();
    m_pollTimer.setSingleShot(false);
    connect(&m_pollTimer, &QTimer::timeout, this, &RemoteEngine::poll);
}

RemoteEngine::~RemoteEngine() = default;

QString RemoteEngine::serverName() const
{
    return m_url.port() > 0 ? QStringLiteral("%1:%2").arg(m_url.host()).arg(m_url.port()) : m_url.host();
}

QStringList RemoteEngine::unsupportedActions()
{
    // Transmission's protocol has no sequential download (before rpc-version 17), no
    // peers to add or ban, no metadata fetch before adding, no categories (its labels are tags).
    return {QStringLiteral("sequential"), QStringLiteral("addPeer"), QStringLiteral("banPeer"), QStringLiteral("category"),
        QStringLiteral("createTorrent")}; // seeding needs the files here, on the server
}

QStringList RemoteEngine::listFields(bool withFiles)
{
    QStringList fields {QStringLiteral("id"), QStringLiteral("hashString"), QStringLiteral("name"), QStringLiteral("downloadDir"),
        QStringLiteral("status"), QStringLiteral("error"), QStringLiteral("errorString"), QStringLiteral("isStalled"),
        QStringLiteral("percentDone"), QStringLiteral("sizeWhenDone"), QStringLiteral("leftUntilDone"),
        QStringLiteral("totalSize"), QStringLiteral("rateDownload"), QStringLiteral("rateUpload"),
        QStringLiteral("peersConnected"), QStringLiteral("eta"), QStringLiteral("uploadedEver"), QStringLiteral("downloadedEver"),
        QStringLiteral("addedDate"), QStringLiteral("queuePosition"), QStringLiteral("metadataPercentComplete"),
        QStringLiteral("downloadLimit"), QStringLiteral("downloadLimited"), QStringLiteral("uploadLimit"),
        QStringLiteral("uploadLimited"), QStringLiteral("pieceCount"), QStringLiteral("pieceSize"), QStringLiteral("comment"),
        QStringLiteral("creator"), QStringLiteral("isPrivate"), QStringLiteral("labels")};
    if (withFiles)
        fields << QStringLiteral("files") << QStringLiteral("priorities") << QStringLiteral("wanted");
    return fields;
}

bool RemoteEngine::checkCertificate(QNetworkReply *reply, bool trustedBySystem)
{
    const QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    const QByteArray sha256 = certificate.digest(QCryptographicHash::Sha256).toHex();
    if (!m_pinned.isEmpty()) {
        if (sha256 == m_pinned)
            return true;
        if (!m_certificateRefused) {
            m_certificateRefused = true;
            Q_EMIT message({{}, {},
                tr("The server %1 shows another certificate than the one trusted before (SHA-256 %2, now %3). "
                   "Revaer does not connect: someone may be in between. If the server's certificate was "
                   "renewed, remove its line in remote.ini under [Certificates].")
                    .arg(serverName(), QString::fromLatin1(m_pinned), QString::fromLatin1(sha256)),
                false, EngineMessage::Severity::Error});
        }
        return false;
    }
    if (trustedBySystem) {
        m_pinned = sha256; // pinned at once; the window keeps it
        Q_EMIT certificateSeen(sha256, certificate.subjectDisplayName(), true);
        return true;
    }
    if (!m_certificateRefused) {
        m_certificateRefused = true;
        Q_EMIT certificateSeen(sha256, certificate.subjectDisplayName(), false);
    }
    return false;
}

void RemoteEngine::pinCertificate(const QByteArray &sha256)
{
    m_pinned = sha256;
    m_certificateRefused = false;
    if (!m_started && !m_stopped)
        start();
}

void RemoteEngine::start(int pollMs)
{
    if (m_starting || m_started)
        return;
    m_starting = true;
    m_stopped = false;
    call(QStringLiteral("session-get"), {}, [this, pollMs](const QJsonObject &session, const QString &error) {
        if (!error.isEmpty()) {
            m_starting = false;
            setHealth(HealthState::Unhealthy, tr("Cannot reach %1: %2").arg(serverName(), error));
            if (!m_saidUnreachable) { // once, until it works
                m_saidUnreachable = true;
                Q_EMIT message({{}, {},
                    tr("Cannot reach the server %1: %2. Check the address, the user and the password.").arg(serverName(), error),
                    false, EngineMessage::Severity::Error});
            }
            // Try again, as the poll would.
            QTimer::singleShot(5000, this, [this, pollMs] {
                if (!m_stopped)
                    start(pollMs);
            });
            return;
        }
        showSession(session);
        const QStringList fields = listFields(true);
        call(QStringLiteral("torrent-get"), {{QStringLiteral("fields"), QJsonArray::fromStringList(fields)}},
            [this, pollMs](const QJsonObject &arguments, const QString &listError) {
                m_starting = false;
                if (!listError.isEmpty()) {
                    setHealth(HealthState::Unhealthy, listError);
                    return;
                }
                const QJsonArray torrents = arguments.value(QLatin1String("torrents")).toArray();
                applyTorrents(torrents, true);
                RestoreProgressEvent restored;
                restored.restored = restored.total = int(torrents.size());
                restored.finished = true;
                Q_EMIT restoreProgress(restored);
                m_saidUnreachable = false;
                setHealth(HealthState::Healthy, {});
                m_started = true;
                Q_EMIT started();
                m_pollTimer.start(pollMs);
            });
    });
}

void RemoteEngine::stop()
{
    m_stopped = true;
    m_pollTimer.stop();
    if (m_started) {
        m_started = false;
        Q_EMIT stopped();
    }
}

void RemoteEngine::setHealth(HealthState state, const QString &reason)
{
    if (state == m_health && state == HealthState::Healthy)
        return;
    m_health = state;
    Q_EMIT healthChanged({state, reason});
}

void RemoteEngine::showSession(const QJsonObject &session)
{
    m_defaultSavePath = session.value(QLatin1String("download-dir")).toString();
    LimitsEvent limits;
    auto cap = [&](const char *value, const char *enabled) {
        return session.value(QLatin1String(enabled)).toBool() ? session.value(QLatin1String(value)).toInt() * SpeedUnit : 0;
    };
    limits.limits = {cap("speed-limit-down", "speed-limit-down-enabled"), cap("speed-limit-up", "speed-limit-up-enabled")};
    limits.altLimits = {session.value(QLatin1String("alt-speed-down")).toInt() * SpeedUnit,
        session.value(QLatin1String("alt-speed-up")).toInt() * SpeedUnit};
    limits.altLimitsEnabled = session.value(QLatin1String("alt-speed-enabled")).toBool();
    Q_EMIT limitsChanged(limits);
    Q_EMIT listening(serverName(), session.value(QLatin1String("peer-port")).toInt());
}

void RemoteEngine::readServerSettings(QObject *context, SettingsDone done)
{
    call(QStringLiteral("session-get"), {},
        [context = QPointer<QObject>(context), done = std::move(done)](const QJsonObject &session, const QString &error) {
            if (context)
                done(session, error);
        });
}

void RemoteEngine::changeServerSettings(const QJsonObject &changes, QObject *context, SettingsDone done)
{
    call(QStringLiteral("session-set"), changes,
        [this, context = QPointer<QObject>(context), done = std::move(done)](const QJsonObject &, const QString &error) {
            if (!error.isEmpty()) {
                if (context)
                    done({}, error);
                return;
            }
            call(QStringLiteral("session-get"), {}, [this, context, done](const QJsonObject &session, const QString &readError) {
                if (readError.isEmpty())
                    showSession(session);
                if (context)
                    done(session, readError);
            });
        });
}

void RemoteEngine::call(const QString &method, const QJsonObject &arguments, Done done)
{
    const QByteArray body
        = QJsonDocument(QJsonObject {{QStringLiteral("method"), method}, {QStringLiteral("arguments"), arguments}})
              .toJson(QJsonDocument::Compact);
    send(body, std::move(done), 0);
}

void RemoteEngine::send(const QByteArray &body, Done done, int attempt)
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Transmission-Session-Id", m_sessionId);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network->post(request, body);
    if (m_url.scheme() == QLatin1String("https")) {
        // Trust on first use: the certificate seen first is the only one
        // accepted later, whoever signed it. A changed one is refused.
        connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &) {
            // No authority vouches for it: accepted only when pinned.
            if (checkCertificate(reply, false))
                reply->ignoreSslErrors();
        });
        connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
            if (!checkCertificate(reply, true))
                reply->abort();
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, body, done = std::move(done), attempt] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 409 && attempt < 2) {
            m_sessionId = reply->rawHeader("X-Transmission-Session-Id");
            send(body, done, attempt + 1);
            return;
        }
        QString error;
        QJsonObject arguments;
        if (status == 401) {
            error = tr("the server refused the user name or password (401)");
        } else if (status == 403) {
            error = tr("the server refused this computer (403); check its allowed addresses");
        } else if (reply->error() != QNetworkReply::NoError && status != 200) {
            error = reply->errorString();
        } else {
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            const QString result = answer.value(QLatin1String("result")).toString();
            if (result != QLatin1String("success"))
                error = result.isEmpty() ? tr("the server's answer is not Transmission's protocol") : result;
            arguments = answer.value(QLatin1String("arguments")).toObject();
        }
        if (done)
            done(arguments, error);
        else if (!error.isEmpty())
            Q_EMIT message(
                {{}, {}, tr("The server %1 refused: %2").arg(serverName(), error), false, EngineMessage::Severity::Error});
    });
}

QJsonArray RemoteEngine::idList(const QList<TorrentId> &ids) const
{
    QJsonArray list;
    for (const TorrentId &id : ids) {
        // Its number where known: Transmission 3.00 takes v1 hashes only.
        const auto known = m_known.constFind(id);
        if (known != m_known.cend())
            list.append(known->rpcId);
        else
            list.append(id.toString());
    }
    return list;
}

void RemoteEngine::command(const QString &method, const QList<TorrentId> &ids, QJsonObject arguments)
{
    if (ids.isEmpty())
        return;
    arguments.insert(QStringLiteral("ids"), idList(ids));
    call(method, arguments, [this, method](const QJsonObject &, const QString &error) {
        if (!error.isEmpty())
            Q_EMIT message({{}, {}, tr("The server %1 refused %2: %3").arg(serverName(), method, error), false,
                EngineMessage::Severity::Error});
        poll(); // show the effect at once
    });
}

void RemoteEngine::unsupported(const QString &what)
{
    Q_EMIT message({{}, {},
        tr("%1 is not possible on a remote server (%2): Transmission's protocol has no such command.").arg(what, serverName()),
        false, EngineMessage::Severity::Warning});
}

void RemoteEngine::poll()
{
    if (m_pollInFlight || m_stopped || !m_started)
        return;
    m_pollInFlight = true;
    const bool full = ++m_polls % FullRefreshEvery == 0;
    QJsonObject arguments {{QStringLiteral("fields"), QJsonArray::fromStringList(listFields())}};
    if (!full)
        arguments.insert(QStringLiteral("ids"), QStringLiteral("recently-active"));
    call(QStringLiteral("torrent-get"), arguments, [this, full](const QJsonObject &answer, const QString &error) {
        m_pollInFlight = false;
        if (!error.isEmpty()) {
            setHealth(HealthState::Unhealthy, tr("Cannot reach %1: %2").arg(serverName(), error));
            return;
        }
        setHealth(HealthState::Healthy, {});
        const QJsonArray torrents = answer.value(QLatin1String("torrents")).toArray();
        applyTorrents(torrents, false);
        QList<int> removed;
        for (const QJsonValue &id : answer.value(QLatin1String("removed")).toArray())
            removed.append(id.toInt());
        if (full) {
            QSet<int> present;
            for (const QJsonValue &t : torrents)
                present.insert(t.toObject().value(QLatin1String("id")).toInt());
            for (auto it = m_byRpcId.cbegin(); it != m_byRpcId.cend(); ++it) {
                if (!present.contains(it.key()))
                    removed.append(it.key());
            }
        }
        removeMissing(removed);
    });
    call(QStringLiteral("session-stats"), {}, [this](const QJsonObject &stats, const QString &error) {
        if (!error.isEmpty())
            return;
        SessionStatsEvent event;
        event.downloadRate = stats.value(QLatin1String("downloadSpeed")).toInteger();
        event.uploadRate = stats.value(QLatin1String("uploadSpeed")).toInteger();
        event.savePath = m_defaultSavePath;
        Q_EMIT sessionStatsUpdated(event);
    });
}

void RemoteEngine::removeMissing(const QList<int> &rpcIds)
{
    for (int rpcId : rpcIds) {
        const TorrentId id = m_byRpcId.take(rpcId);
        if (!id.isValid())
            continue;
        m_known.remove(id);
        Q_EMIT torrentRemoved({id, false});
    }
}

void RemoteEngine::applyTorrents(const QJsonArray &torrents, bool restored)
{
    QList<TorrentProgress> progress;
    bool queueMoved = false;
    QList<TorrentId> needFiles;
    for (const QJsonValue &value : torrents) {
        const QJsonObject t = value.toObject();
        const TorrentId id = TorrentId::fromHex(t.value(QLatin1String("hashString")).toString());
        if (!id.isValid())
            continue;
        const int rpcId = t.value(QLatin1String("id")).toInt();
        const bool isNew = !m_known.contains(id);
        Known &k = m_known[id];
        k.rpcId = rpcId;
        m_byRpcId.insert(rpcId, id);
        const bool hadMetadata = k.hasMetadata;
        k.hasMetadata = t.value(QLatin1String("metadataPercentComplete")).toDouble(1) >= 1;
        const RateLimits limits {
            t.value(QLatin1String("downloadLimited")).toBool() ? t.value(QLatin1String("downloadLimit")).toInt() * SpeedUnit : 0,
            t.value(QLatin1String("uploadLimited")).toBool() ? t.value(QLatin1String("uploadLimit")).toInt() * SpeedUnit : 0};
        QString reason;
        const TorrentState state = stateOf(t, &reason);
        // Transmission's labels are tags; it has no categories.
        QStringList labels;
        for (const QJsonValue &label : t.value(QLatin1String("labels")).toArray())
            labels.append(label.toString());
        QString labelError;
        labels = Labels::normalTags(labels, &labelError);
        if (isNew) {
            TorrentAddedEvent added;
            added.id = id;
            added.name = t.value(QLatin1String("name")).toString();
            added.source = added.name;
            added.savePath = t.value(QLatin1String("downloadDir")).toString();
            added.hasMetadata = k.hasMetadata;
            added.paused = state == TorrentState::Paused;
            added.totalSize = t.value(QLatin1String("totalSize")).toInteger();
            added.addedAt = fromEpoch(t.value(QLatin1String("addedDate")));
            added.restored = restored;
            added.limits = limits;
            added.labels.tags = labels;
            k.name = added.name;
            k.savePath = added.savePath;
            k.limits = limits;
            k.tags = labels;
            Q_EMIT torrentAdded(added);
        } else {
            if (limits != k.limits) {
                k.limits = limits;
                Q_EMIT torrentLimitsChanged(id, limits);
            }
            if (t.contains(QLatin1String("labels")) && labels != k.tags) {
                k.tags = labels;
                Q_EMIT labelsChanged(id, {{}, labels});
            }
            const QString savePath = t.value(QLatin1String("downloadDir")).toString();
            if (savePath != k.savePath) {
                k.savePath = savePath;
                Q_EMIT storageMoved(id, savePath);
            }
        }
        if (t.contains(QLatin1String("files")) && k.hasMetadata) {
            FilesDiscoveredEvent files;
            files.id = id;
            files.metadata.name = t.value(QLatin1String("name")).toString();
            files.metadata.totalSize = t.value(QLatin1String("totalSize")).toInteger();
            files.metadata.pieceCount = t.value(QLatin1String("pieceCount")).toInt();
            files.metadata.pieceLength = t.value(QLatin1String("pieceSize")).toInt();
            files.metadata.comment = t.value(QLatin1String("comment")).toString();
            files.metadata.creator = t.value(QLatin1String("creator")).toString();
            files.metadata.isPrivate = t.value(QLatin1String("isPrivate")).toBool();
            const QJsonArray list = t.value(QLatin1String("files")).toArray();
            const QJsonArray wanted = t.value(QLatin1String("wanted")).toArray();
            const QJsonArray priorities = t.value(QLatin1String("priorities")).toArray();
            k.padded.clear();
            for (int i = 0; i < list.size(); ++i) {
                const QJsonObject file = list.at(i).toObject();
                files.metadata.files.append(
                    {i, file.value(QLatin1String("name")).toString(), file.value(QLatin1String("length")).toInteger(), false});
                files.filePriorities.append(enginePriority(wanted.at(i).toInt(1) != 0, priorities.at(i).toInt()));
                k.padded.push_back(i);
            }
            k.engineFiles = int(list.size());
            k.priorities = files.filePriorities;
            Q_EMIT filesDiscovered(files);
        } else if (k.hasMetadata && (isNew || !hadMetadata)) {
            needFiles.append(id); // a magnet's metadata arrived: ask for its files
        }
        if (isNew || state != k.state || reason != k.reason) {
            k.state = state;
            k.reason = reason;
            Q_EMIT stateChanged({id, state, reason});
        }
        TorrentProgress p;
        p.id = id;
        p.totalBytes = t.value(QLatin1String("sizeWhenDone")).toInteger();
        p.doneBytes = std::max<qint64>(0, p.totalBytes - t.value(QLatin1String("leftUntilDone")).toInteger());
        p.progress = float(t.value(QLatin1String("percentDone")).toDouble());
        p.downloadRate = t.value(QLatin1String("rateDownload")).toInteger();
        p.uploadRate = t.value(QLatin1String("rateUpload")).toInteger();
        p.connectedPeers = t.value(QLatin1String("peersConnected")).toInt();
        p.knownPeers = -1;
        p.knownSeeds = -1;
        const qint64 eta = t.value(QLatin1String("eta")).toInteger();
        p.etaSeconds = eta >= 0 ? eta : -1;
        p.totalDownloaded = t.value(QLatin1String("downloadedEver")).toInteger();
        p.totalUploaded = t.value(QLatin1String("uploadedEver")).toInteger();
        progress.append(p);
        const bool complete = k.hasMetadata && p.totalBytes > 0 && p.doneBytes >= p.totalBytes;
        if (complete && !k.complete && !isNew && !restored)
            Q_EMIT completed({id, k.name, k.savePath});
        k.complete = complete;
        const int position = t.value(QLatin1String("queuePosition")).toInt(-1);
        queueMoved = queueMoved || position != k.queuePosition;
        k.queuePosition = position;
    }
    if (!progress.isEmpty())
        Q_EMIT progressUpdated(progress);
    if (queueMoved) {
        QList<std::pair<int, TorrentId>> order;
        for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
            if (it->queuePosition >= 0)
                order.append({it->queuePosition, it.key()});
        }
        std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<TorrentId> ids;
        for (const auto &entry : order)
            ids.append(entry.second);
        Q_EMIT queueChanged(ids);
    }
    if (!needFiles.isEmpty()) {
        const QStringList fields = listFields(true);
        call(QStringLiteral("torrent-get"),
            {{QStringLiteral("ids"), idList(needFiles)}, {QStringLiteral("fields"), QJsonArray::fromStringList(fields)}},
            [this](const QJsonObject &answer, const QString &error) {
                if (error.isEmpty())
                    applyTorrents(answer.value(QLatin1String("torrents")).toArray(), false);
            });
    }
}

void RemoteEngine::addTorrent(const AddTorrentRequest &request)
{
    QJsonObject arguments;
    TorrentFileParser::Result parsed;
    switch (request.kind) {
    case AddTorrentRequest::Kind::Magnet:
        arguments.insert(QStringLiteral("filename"), request.source);
        break;
    case AddTorrentRequest::Kind::TorrentFile:
    case AddTorrentRequest::Kind::TorrentData: {
        QString error;
        const QByteArray data = request.kind == AddTorrentRequest::Kind::TorrentData
            ? request.data
            : TorrentFileParser::readFile(request.source, &error);
        if (!error.isEmpty()) {
            Q_EMIT message({{}, request.source, error, false, EngineMessage::Severity::Error});
            return;
        }
        parsed = TorrentFileParser::parseTorrent(data, request.source);
        if (!parsed.ok()) {
            Q_EMIT message({{}, request.source, parsed.error, false, EngineMessage::Severity::Error});
            return;
        }
        arguments.insert(QStringLiteral("metainfo"), QString::fromLatin1(data.toBase64()));
        break;
    }
    case AddTorrentRequest::Kind::ResumeData:
        unsupported(tr("Adding resume data"));
        return;
    }
    if (!request.savePath.isEmpty())
        arguments.insert(QStringLiteral("download-dir"), request.savePath);
    arguments.insert(QStringLiteral("paused"), request.paused);
    if (!request.filePriorities.isEmpty() && parsed.metadata.isValid()) {
        // The server numbers files without the pad files.
        QJsonArray unwanted, high, low;
        int shown = 0;
        for (const TorrentFileEntry &file : parsed.metadata.files) {
            if (file.padFile)
                continue;
            const int priority = request.filePriorities.value(file.index, FilePriority::Normal);
            if (priority == FilePriority::Skip)
                unwanted.append(shown);
            else if (priority >= FilePriority::High)
                high.append(shown);
            else if (priority < FilePriority::Normal)
                low.append(shown);
            ++shown;
        }
        if (!unwanted.isEmpty())
            arguments.insert(QStringLiteral("files-unwanted"), unwanted);
        if (!high.isEmpty())
            arguments.insert(QStringLiteral("priority-high"), high);
        if (!low.isEmpty())
            arguments.insert(QStringLiteral("priority-low"), low);
    }
    const QString source = request.source;
    call(QStringLiteral("torrent-add"), arguments, [this, source](const QJsonObject &answer, const QString &error) {
        if (!error.isEmpty()) {
            Q_EMIT message({{}, source, tr("Cannot add “%1” on %2: %3").arg(Units::elided(source), serverName(), error), false,
                EngineMessage::Severity::Error});
            return;
        }
        const QJsonObject duplicate = answer.value(QLatin1String("torrent-duplicate")).toObject();
        if (!duplicate.isEmpty()) {
            EngineMessage note {TorrentId::fromHex(duplicate.value(QLatin1String("hashString")).toString()), source,
                tr("“%1” is already in the list as “%2”.")
                    .arg(Units::elided(source), duplicate.value(QLatin1String("name")).toString()),
                true, EngineMessage::Severity::Notice};
            Q_EMIT message(note);
            return;
        }
        poll();
    });
}

void RemoteEngine::removeTorrents(const QList<TorrentId> &ids, RemoveMode mode)
{
    command(QStringLiteral("torrent-remove"), ids, {{QStringLiteral("delete-local-data"), mode == RemoveMode::DeleteFiles}});
}

void RemoteEngine::pauseTorrents(const QList<TorrentId> &ids)
{
    command(QStringLiteral("torrent-stop"), ids);
}

void RemoteEngine::resumeTorrents(const QList<TorrentId> &ids)
{
    command(QStringLiteral("torrent-start"), ids);
}

void RemoteEngine::setCategory(const QList<TorrentId> &, const QString &)
{
    unsupported(tr("Filing under a category"));
}

void RemoteEngine::setTags(const QList<TorrentId> &ids, const QStringList &tags, TagChange change)
{
    // Transmission replaces a torrent's labels whole: each torrent its own list.
    for (const TorrentId &id : ids) {
        const auto known = m_known.constFind(id);
        if (known == m_known.cend())
            continue;
        command(QStringLiteral("torrent-set"), {id},
            {{QStringLiteral("labels"), QJsonArray::fromStringList(Labels::changed(known->tags, tags, change))}});
    }
}

void RemoteEngine::setSequential(const QList<TorrentId> &, bool)
{
    unsupported(tr("Sequential download"));
}

void RemoteEngine::setFilePriorities(const TorrentId &id, const QList<int> &priorities)
{
    const auto known = m_known.constFind(id);
    if (known == m_known.cend())
        return;
    QJsonArray wanted, unwanted, high, normal, low;
    for (size_t shown = 0; shown < known->padded.size(); ++shown) {
        const int priority = priorities.value(known->padded.at(shown), FilePriority::Normal);
        const int number = int(shown);
        if (priority == FilePriority::Skip) {
            unwanted.append(number);
            continue;
        }
        wanted.append(number);
        (priority >= FilePriority::High ? high : priority < FilePriority::Normal ? low : normal).append(number);
    }
    QJsonObject arguments;
    // An empty list would mean "every file" to the server.
    for (const auto &[key, list] : {std::pair {QStringLiteral("files-wanted"), wanted},
             {QStringLiteral("files-unwanted"), unwanted}, {QStringLiteral("priority-high"), high},
             {QStringLiteral("priority-normal"), normal}, {QStringLiteral("priority-low"), low}}) {
        if (!list.isEmpty())
            arguments.insert(key, list);
    }
    m_known[id].priorities = priorities;
    command(QStringLiteral("torrent-set"), {id}, arguments);
}

void RemoteEngine::setGlobalLimits(const RateLimits &limits)
{
    call(QStringLiteral("session-set"),
        {{QStringLiteral("speed-limit-down-enabled"), limits.downloadLimit > 0},
            {QStringLiteral("speed-limit-up-enabled"), limits.uploadLimit > 0},
            {QStringLiteral("speed-limit-down"), std::max(1, limits.downloadLimit / SpeedUnit)},
            {QStringLiteral("speed-limit-up"), std::max(1, limits.uploadLimit / SpeedUnit)}});
}

void RemoteEngine::setAltLimits(const RateLimits &limits)
{
    call(QStringLiteral("session-set"),
        {{QStringLiteral("alt-speed-down"), limits.downloadLimit / SpeedUnit},
            {QStringLiteral("alt-speed-up"), limits.uploadLimit / SpeedUnit}});
}

void RemoteEngine::setAltLimitsEnabled(bool enabled)
{
    call(QStringLiteral("session-set"), {{QStringLiteral("alt-speed-enabled"), enabled}});
}

void RemoteEngine::setTorrentLimits(const QList<TorrentId> &ids, const RateLimits &limits)
{
    command(QStringLiteral("torrent-set"), ids,
        {{QStringLiteral("downloadLimited"), limits.downloadLimit > 0}, {QStringLiteral("uploadLimited"), limits.uploadLimit > 0},
            {QStringLiteral("downloadLimit"), std::max(1, limits.downloadLimit / SpeedUnit)},
            {QStringLiteral("uploadLimit"), std::max(1, limits.uploadLimit / SpeedUnit)}});
}

void RemoteEngine::recheckTorrents(const QList<TorrentId> &ids)
{
    command(QStringLiteral("torrent-verify"), ids);
}

void RemoteEngine::moveInQueue(const QList<TorrentId> &ids, QueueMove move)
{
    static const char *const methods[] = {"queue-move-top", "queue-move-up", "queue-move-down", "queue-move-bottom"};
    command(QLatin1String(methods[int(move)]), ids);
}

void RemoteEngine::moveStorage(const QList<TorrentId> &ids, const QString &savePath)
{
    command(
        QStringLiteral("torrent-set-location"), ids, {{QStringLiteral("location"), savePath}, {QStringLiteral("move"), true}});
}

void RemoteEngine::addPeers(const QList<TorrentId> &, const QStringList &)
{
    unsupported(tr("Adding peers"));
}

void RemoteEngine::forceReannounce(const QList<TorrentId> &ids)
{
    command(QStringLiteral("torrent-reannounce"), ids);
}

void RemoteEngine::banPeers(const QStringList &)
{
    unsupported(tr("Banning peers"));
}

void RemoteEngine::renameFile(const TorrentId &id, int index, const QString &newPath)
{
    // Transmission renames one path element: the file's own name.
    call(QStringLiteral("torrent-get"),
        {{QStringLiteral("ids"), idList({id})}, {QStringLiteral("fields"), QJsonArray {QStringLiteral("files")}}},
        [this, id, index, newPath](const QJsonObject &answer, const QString &error) {
            const QJsonArray files
                = answer.value(QLatin1String("torrents")).toArray().first().toObject().value(QLatin1String("files")).toArray();
            if (!error.isEmpty() || index < 0 || index >= files.size())
                return;
            const QString path = files.at(index).toObject().value(QLatin1String("name")).toString();
            command(QStringLiteral("torrent-rename-path"), {id},
                {{QStringLiteral("path"), path}, {QStringLiteral("name"), newPath.section(QLatin1Char('/'), -1)}});
        });
}

void RemoteEngine::setTrackers(const TorrentId &id, const QStringList &urls)
{
    command(QStringLiteral("torrent-set"), {id}, {{QStringLiteral("trackerList"), urls.join(QStringLiteral("\n\n"))}});
}

void RemoteEngine::mergeTrackers(const TorrentId &id, const QStringList &urls)
{
    command(QStringLiteral("torrent-set"), {id}, {{QStringLiteral("trackerAdd"), QJsonArray::fromStringList(urls)}});
}

void RemoteEngine::requestDetails(const QList<TorrentId> &ids)
{
    const QStringList fields {QStringLiteral("hashString"), QStringLiteral("name"), QStringLiteral("downloadDir"),
        QStringLiteral("comment"), QStringLiteral("creator"), QStringLiteral("dateCreated"), QStringLiteral("isPrivate"),
        QStringLiteral("totalSize"), QStringLiteral("sizeWhenDone"), QStringLiteral("leftUntilDone"),
        QStringLiteral("pieceCount"), QStringLiteral("pieceSize"), QStringLiteral("haveValid"), QStringLiteral("downloadedEver"),
        QStringLiteral("uploadedEver"), QStringLiteral("addedDate"), QStringLiteral("doneDate"), QStringLiteral("files"),
        QStringLiteral("priorities"), QStringLiteral("wanted"), QStringLiteral("peers"), QStringLiteral("trackerStats")};
    call(QStringLiteral("torrent-get"),
        {{QStringLiteral("ids"), idList(ids)}, {QStringLiteral("fields"), QJsonArray::fromStringList(fields)}},
        [this, asked = QSet<TorrentId>(ids.cbegin(), ids.cend())](const QJsonObject &answer, const QString &error) {
            if (!error.isEmpty())
                return;
            QList<TorrentDetails> all;
            for (const QJsonValue &torrent : answer.value(QLatin1String("torrents")).toArray()) {
                const QJsonObject t = torrent.toObject();
                const TorrentId id = TorrentId::fromHex(t.value(QLatin1String("hashString")).toString());
                if (asked.contains(id))
                    all.append(details(id, t));
            }
            if (!all.isEmpty())
                Q_EMIT detailsReady(all);
        });
}

TorrentDetails RemoteEngine::details(const TorrentId &id, const QJsonObject &t)
{
    TorrentDetails d;
    d.id = id;
    d.name = t.value(QLatin1String("name")).toString();
    d.savePath = t.value(QLatin1String("downloadDir")).toString();
    d.infoHashV1 = t.value(QLatin1String("hashString")).toString();
    d.comment = t.value(QLatin1String("comment")).toString();
    d.creator = t.value(QLatin1String("creator")).toString();
    d.creationDate = fromEpoch(t.value(QLatin1String("dateCreated")));
    d.isPrivate = t.value(QLatin1String("isPrivate")).toBool();
    d.totalSize = t.value(QLatin1String("totalSize")).toInteger();
    d.wantedSize = t.value(QLatin1String("sizeWhenDone")).toInteger();
    d.wantedDone = d.wantedSize - t.value(QLatin1String("leftUntilDone")).toInteger();
    d.pieceCount = t.value(QLatin1String("pieceCount")).toInt();
    d.pieceLength = t.value(QLatin1String("pieceSize")).toInt();
    d.piecesHave = d.pieceLength > 0 ? int(t.value(QLatin1String("haveValid")).toInteger() / d.pieceLength) : 0;
    d.availability = -1;
    d.totalDownloaded = t.value(QLatin1String("downloadedEver")).toInteger();
    d.totalUploaded = t.value(QLatin1String("uploadedEver")).toInteger();
    d.addedAt = fromEpoch(t.value(QLatin1String("addedDate")));
    d.completedAt = fromEpoch(t.value(QLatin1String("doneDate")));
    d.metadata.name = d.name;
    d.metadata.totalSize = d.totalSize;
    d.metadata.pieceCount = d.pieceCount;
    d.metadata.pieceLength = d.pieceLength;
    const QJsonArray files = t.value(QLatin1String("files")).toArray();
    const QJsonArray wanted = t.value(QLatin1String("wanted")).toArray();
    const QJsonArray priorities = t.value(QLatin1String("priorities")).toArray();
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject file = files.at(i).toObject();
        d.metadata.files.append(
            {i, file.value(QLatin1String("name")).toString(), file.value(QLatin1String("length")).toInteger(), false});
        d.fileProgress.append(file.value(QLatin1String("bytesCompleted")).toInteger());
        d.filePriorities.append(enginePriority(wanted.at(i).toInt(1) != 0, priorities.at(i).toInt()));
    }
    for (const QJsonValue &value : t.value(QLatin1String("peers")).toArray()) {
        const QJsonObject peer = value.toObject();
        PeerDetails p;
        const QString address = peer.value(QLatin1String("address")).toString();
        p.address = (address.contains(QLatin1Char(':')) ? QLatin1Char('[') + address + QLatin1Char(']') : address)
            + QLatin1Char(':') + QString::number(peer.value(QLatin1String("port")).toInt());
        p.client = peer.value(QLatin1String("clientName")).toString();
        p.flags = peer.value(QLatin1String("flagStr")).toString();
        p.downloadRate = peer.value(QLatin1String("rateToClient")).toInteger();
        p.uploadRate = peer.value(QLatin1String("rateToPeer")).toInteger();
        p.progress = float(peer.value(QLatin1String("progress")).toDouble());
        p.seed = p.progress >= 1;
        d.peers.append(p);
    }
    for (const QJsonValue &value : t.value(QLatin1String("trackerStats")).toArray()) {
        const QJsonObject stats = value.toObject();
        TrackerDetails tracker;
        tracker.url = stats.value(QLatin1String("announce")).toString();
        tracker.tier = stats.value(QLatin1String("tier")).toInt();
        const bool announced = stats.value(QLatin1String("hasAnnounced")).toBool();
        const bool succeeded = stats.value(QLatin1String("lastAnnounceSucceeded")).toBool();
        tracker.status = stats.value(QLatin1String("announceState")).toInt() == 3 ? TrackerDetails::Status::Updating
            : !announced                                                          ? TrackerDetails::Status::NotContacted
            : succeeded                                                           ? TrackerDetails::Status::Working
                                                                                  : TrackerDetails::Status::Error;
        tracker.message = succeeded ? QString() : stats.value(QLatin1String("lastAnnounceResult")).toString();
        tracker.seeds = stats.value(QLatin1String("seederCount")).toInt(-1);
        tracker.peers = stats.value(QLatin1String("leecherCount")).toInt(-1);
        tracker.downloaded = stats.value(QLatin1String("downloadCount")).toInt(-1);
        tracker.nextAnnounce = fromEpoch(stats.value(QLatin1String("nextAnnounceTime")));
        d.trackers.append(tracker);
    }
    return d;
}

void RemoteEngine::requestMagnetLinks(const QList<TorrentId> &ids)
{
    call(QStringLiteral("torrent-get"),
        {{QStringLiteral("ids"), idList(ids)}, {QStringLiteral("fields"), QJsonArray {QStringLiteral("magnetLink")}}},
        [this](const QJsonObject &answer, const QString &) {
            QStringList links;
            for (const QJsonValue &t : answer.value(QLatin1String("torrents")).toArray())
                links.append(t.toObject().value(QLatin1String("magnetLink")).toString());
            Q_EMIT magnetLinksReady(links);
        });
}

void RemoteEngine::fetchMetadata(const QString &magnet)
{
    Q_EMIT metadataFetchFailed(magnet,
        tr("A remote server cannot fetch a magnet's files before adding it: the torrent is added, and its files "
           "can be chosen in the Files tab once they are known."));
}

void RemoteEngine::cancelMetadataFetch(const QString &) { }

void RemoteEngine::applySettings(const SessionSettings &)
{
    // The server's settings are its own: the local Settings dialog does not reach them.
}

void RemoteEngine::setDefaultSavePath(const QString &) { }

} // namespace Revaer
