#pragma once

#include "addtorrentrequest.h"
#include "backend/torrentfileparser.h"
#include "torrentdetails.h"
#include "torrentmirror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

#include <functional>

namespace Revaer {

class JsonWriter;

class SettingsStore;
class TorrentEngine;

// Transmission's RPC protocol (rpc-version 16, as Transmission 3.00 speaks
// it) over a TorrentEngine: each request is a JSON object with a method, its
// arguments and a tag; each answer the same tag, a result ("success" or what
// went wrong) and arguments. Knows nothing of HTTP; RpcServer carries it.
//
// Answers come from the TorrentMirror where it knows enough; what only the
// session knows (peers, trackers, per-file progress) is fetched first, and
// adds are answered once the engine has added the torrent or said why not.
class TransmissionRpc : public QObject
{
    Q_OBJECT

public:
    static constexpr int RpcVersion = 16;

    // `settings` may be null (tests): session-set then changes the engine only.
    TransmissionRpc(TorrentEngine *engine, TorrentMirror *mirror, SettingsStore *settings, QObject *parent = nullptr);
    ~TransmissionRpc() override;

    // The answer: a JSON object ("result", "arguments", "tag"), written out.
    using Reply = std::function<void(const QByteArray &answer)>;
    // Answers the request in `body` through `reply`, at once or later; never
    // after `context` is gone. `client` names the caller for the log.
    void handle(const QByteArray &body, const QString &client, QObject *context, Reply reply);

    // The session id clients echo in X-Transmission-Session-Id (session-get reports it).
    void setSessionId(const QString &id) { m_sessionId = id; }
    void setConfigDir(const QString &dir) { m_configDir = dir; }

Q_SIGNALS:
    // session-close: the caller asked Revaer to quit.
    void closeRequested();

private:
    struct Call {
        QString method;
        QJsonObject arguments;
        QJsonValue tag;
        QString client;
        QPointer<QObject> context;
        Reply reply;
        bool refreshed = false; // the torrents' details were fetched for it
    };
    struct PendingAdd;

    void dispatch(Call call);
    void answer(const Call &call, const QString &result, const QJsonObject &arguments = {}) const;
    // The same, with `arguments` writing the arguments object itself (a
    // torrent-get of thousands of torrents is written as it is made).
    void answer(const Call &call, const QString &result, const std::function<void(JsonWriter &)> &arguments) const;
    // The torrents `ids` names (absent: all); false with `error` set when it is not an id list.
    bool selectTorrents(const QJsonValue &ids, std::vector<const MirroredTorrent *> *torrents, QString *error) const;
    // The same for the call's "ids"; false after answering the call with why not.
    bool selected(const Call &call, std::vector<const MirroredTorrent *> *torrents) const;
    QList<TorrentId> idsOf(const std::vector<const MirroredTorrent *> &torrents) const;

    void torrentGet(const Call &call);
    void torrentAdd(const Call &call);
    // Fetches a .torrent from a web address (at most 10 MB), then adds it.
    void download(const Call &call, const QUrl &url);
    void addParsed(const Call &call, AddTorrentRequest request, const TorrentFileParser::Result &parsed);
    void torrentSet(const Call &call);
    void torrentAction(const Call &call);
    void torrentRemove(const Call &call);
    void torrentSetLocation(const Call &call);
    void torrentRenamePath(const Call &call);
    void sessionGet(const Call &call);
    void sessionSet(const Call &call);
    void sessionStats(const Call &call);
    void freeSpace(const Call &call);

    QJsonObject sessionObject() const;
    QJsonValue field(int which, const MirroredTorrent &t, const TorrentDetails *details) const;
    void onAdded(const MirroredTorrent &torrent);
    void onMessage(const EngineMessage &message);
    void finishAdd(const TorrentId &id, const QString &result, const QJsonObject &arguments);

    TorrentEngine *m_engine;
    TorrentMirror *m_mirror;
    QPointer<SettingsStore> m_settings;
    QString m_sessionId;
    QString m_configDir;
    QNetworkAccessManager *m_network = nullptr; // made at the first add from a web address
    QHash<TorrentId, std::shared_ptr<PendingAdd>> m_pendingAdds;
    // The caps last set, shown while they are off (Transmission keeps both).
    RateLimits m_shownLimits {100'000, 100'000};
    // incomplete-dir while incomplete-dir-enabled is off (the settings keep
    // only the folder in use).
    QString m_shownIncompleteDir;
};

} // namespace Revaer
