#pragma once

#include "torrentengine.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Revaer {

// The TorrentEngine of a Revaer or transmission-daemon elsewhere, over
// Transmission's RPC: the window shows and controls it as it does the local
// engine. It asks for what changed about once a second ("recently-active")
// and turns the answers into the same events; commands become RPC calls.
// What the protocol cannot do is said with a message naming the action.
class RemoteEngine : public TorrentEngine
{
    Q_OBJECT

public:
    struct Server {
        QUrl url; // http(s)://host:port[/transmission/rpc]
        QString user;
        QString password;
        // HTTPS: the SHA-256 of the certificate trusted for this server (hex),
        // pinned on first use; empty before the first connection.
        QByteArray pinnedCertificate;
    };

    explicit RemoteEngine(Server server, QObject *parent = nullptr);
    ~RemoteEngine() override;

    // Connects: the session, then every torrent (emitted as restored), then
    // polls every `pollMs`. started() once the first list arrived.
    void start(int pollMs = 1000);
    void stop();
    const QUrl &rpcUrl() const { return m_url; }
    // "host:port", for titles and messages.
    QString serverName() const;
    // The actions the window must not offer for a remote engine.
    static QStringList unsupportedActions();
    // Trusts the certificate with this SHA-256 (hex) from now on, and tries again.
    void pinCertificate(const QByteArray &sha256);
    const QByteArray &pinnedCertificate() const { return m_pinned; }

    // The server's own settings (session-get), for the window's Server
    // Settings: `done` gets them, or why not. Not called once `context` is gone.
    using SettingsDone = std::function<void(const QJsonObject &session, const QString &error)>;
    void readServerSettings(QObject *context, SettingsDone done);
    // Sends `changes` (session-set) and reads the settings back, so that the
    // caller sees what the server took: a server ignores keys it does not
    // have (Transmission does, and Revaer for its fixed ones).
    void changeServerSettings(const QJsonObject &changes, QObject *context, SettingsDone done);

Q_SIGNALS:
    // An HTTPS server without a pinned certificate showed this one: pin it
    // (pinCertificate) to go on. `trusted` when the system trusts it too;
    // such a one is pinned at once, this signal then only says so.
    void certificateSeen(const QByteArray &sha256, const QString &subject, bool trusted);

public:
    void addTorrent(const Revaer::AddTorrentRequest &request) override;
    void removeTorrents(const QList<Revaer::TorrentId> &ids, Revaer::RemoveMode mode) override;
    void pauseTorrents(const QList<Revaer::TorrentId> &ids) override;
    void resumeTorrents(const QList<Revaer::TorrentId> &ids) override;
    void setSequential(const QList<Revaer::TorrentId> &ids, bool sequential) override;
    void setFilePriorities(const Revaer::TorrentId &id, const QList<int> &priorities) override;
    void setGlobalLimits(const Revaer::RateLimits &limits) override;
    void setAltLimits(const Revaer::RateLimits &limits) override;
    void setAltLimitsEnabled(bool enabled) override;
    void setTorrentLimits(const QList<Revaer::TorrentId> &ids, const Revaer::RateLimits &limits) override;
    void setCategory(const QList<Revaer::TorrentId> &ids, const QString &category) override;
    void setTags(const QList<Revaer::TorrentId> &ids, const QStringList &tags, Revaer::TagChange change) override;
    void recheckTorrents(const QList<Revaer::TorrentId> &ids) override;
    void moveInQueue(const QList<Revaer::TorrentId> &ids, Revaer::QueueMove move) override;
    void moveStorage(const QList<Revaer::TorrentId> &ids, const QString &savePath) override;
    void addPeers(const QList<Revaer::TorrentId> &ids, const QStringList &peers) override;
    void forceReannounce(const QList<Revaer::TorrentId> &ids) override;
    void banPeers(const QStringList &addresses) override;
    void renameFile(const Revaer::TorrentId &id, int index, const QString &newPath) override;
    void setTrackers(const Revaer::TorrentId &id, const QStringList &urls) override;
    void mergeTrackers(const Revaer::TorrentId &id, const QStringList &urls) override;
    void requestDetails(const QList<Revaer::TorrentId> &ids) override;
    void requestMagnetLinks(const QList<Revaer::TorrentId> &ids) override;
    void fetchMetadata(const QString &magnet) override;
    void cancelMetadataFetch(const QString &magnet) override;
    void applySettings(const Revaer::SessionSettings &settings) override;
    void setDefaultSavePath(const QString &path) override;

private:
    struct Known {
        int rpcId = 0;
        QString name;
        TorrentState state = TorrentState::CheckingResume;
        QString reason;
        bool hasMetadata = false;
        bool complete = false;
        int queuePosition = -1;
        RateLimits limits;
        QString savePath;
        std::vector<int> padded; // engine file index of each file the server lists (pad files are not listed)
        int engineFiles = 0;
        QList<int> priorities; // by engine file index
        QStringList tags; // Transmission's labels
    };
    using Done = std::function<void(const QJsonObject &arguments, const QString &error)>;

    // Sends one RPC call; `done` gets the arguments, or the error (the
    // server's result, or why it could not be reached).
    void call(const QString &method, const QJsonObject &arguments, Done done = {});
    void send(const QByteArray &body, Done done, int attempt);
    void command(const QString &method, const QList<TorrentId> &ids, QJsonObject arguments = {});
    void unsupported(const QString &what);
    // Trust on first use: the certificate seen first for the server is the
    // only one accepted later, whoever signed it. False to refuse it.
    bool checkCertificate(QNetworkReply *reply, bool trustedBySystem);
    void poll();
    void refreshAll();
    void applyTorrents(const QJsonArray &torrents, bool restored);
    void removeMissing(const QList<int> &rpcIds);
    void setHealth(HealthState state, const QString &reason);
    // What the window shows of the server's session: caps, port, folder.
    void showSession(const QJsonObject &session);
    QJsonArray idList(const QList<TorrentId> &ids) const;
    // What a poll asks for; with the file list, names, sizes and wants, for a torrent first seen.
    static QStringList listFields(bool withFiles = false);
    // One torrent of a torrent-get answer, as the details panel shows it.
    static TorrentDetails details(const TorrentId &id, const QJsonObject &torrent);

    QUrl m_url;
    QByteArray m_authorization;
    QNetworkAccessManager *m_network;
    QByteArray m_sessionId;
    QTimer m_pollTimer;
    QHash<TorrentId, Known> m_known;
    QHash<int, TorrentId> m_byRpcId;
    bool m_started = false;
    bool m_stopped = false;
    bool m_pollInFlight = false;
    int m_polls = 0;
    HealthState m_health = HealthState::Healthy;
    QString m_defaultSavePath;
    QByteArray m_pinned;
    bool m_certificateRefused = false; // said once per certificate
    bool m_starting = false;
    bool m_saidUnreachable = false;
};

} // namespace Revaer
