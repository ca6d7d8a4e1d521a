#include "fuzzsupport.h"

#include "torrentengine.h"
#include "torrentmirror.h"
#include "transmissionrpc.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Revaer;

namespace {

// An engine that takes every command and answers details at once, so that
// every path of the RPC runs to its answer within one input.
class NullEngine : public TorrentEngine
{
public:
    void addTorrent(const AddTorrentRequest &) override { }
    void removeTorrents(const QList<TorrentId> &, RemoveMode) override { }
    void pauseTorrents(const QList<TorrentId> &) override { }
    void resumeTorrents(const QList<TorrentId> &) override { }
    void setSequential(const QList<TorrentId> &, bool) override { }
    void setFilePriorities(const TorrentId &, const QList<int> &) override { }
    void setGlobalLimits(const RateLimits &) override { }
    void setAltLimits(const RateLimits &) override { }
    void setAltLimitsEnabled(bool) override { }
    void setTorrentLimits(const QList<TorrentId> &, const RateLimits &) override { }
    void setCategory(const QList<TorrentId> &, const QString &) override { }
    void setTags(const QList<TorrentId> &, const QStringList &, TagChange) override { }
    void recheckTorrents(const QList<TorrentId> &) override { }
    void moveInQueue(const QList<TorrentId> &, QueueMove) override { }
    void moveStorage(const QList<TorrentId> &, const QString &) override { }
    void addPeers(const QList<TorrentId> &, const QStringList &) override { }
    void forceReannounce(const QList<TorrentId> &) override { }
    void banPeers(const QStringList &) override { }
    void renameFile(const TorrentId &, int, const QString &) override { }
    void setTrackers(const TorrentId &, const QStringList &) override { }
    void mergeTrackers(const TorrentId &, const QStringList &) override { }
    void requestDetails(const QList<TorrentId> &ids) override
    {
        QList<TorrentDetails> all;
        for (const TorrentId &id : ids)
            all.append(detailsOf(id));
        Q_EMIT detailsReady(all);
    }
    static TorrentDetails detailsOf(const TorrentId &id)
    {
        TorrentDetails details;
        details.id = id;
        details.fileProgress = {10, 0, 5};
        details.filePriorities = {4, 0, 7};
        PeerDetails peer;
        peer.address = QStringLiteral("[2001:db8::1]:6881");
        peer.flags = QStringLiteral("DUEIPXHLT");
        details.peers = {peer};
        TrackerDetails tracker;
        tracker.url = QStringLiteral("udp://tracker.example:80/announce");
        details.trackers = {tracker};
        return details;
    }
    void requestMagnetLinks(const QList<TorrentId> &) override { }
    void fetchMetadata(const QString &) override { }
    void cancelMetadataFetch(const QString &) override { }
    void applySettings(const SessionSettings &) override { }
    void setDefaultSavePath(const QString &) override { }
};

void announce(NullEngine &engine, int n)
{
    TorrentAddedEvent added;
    added.id = TorrentId::fromHex(QStringLiteral("%1").arg(n, 40, 10, QLatin1Char('0')));
    added.name = QStringLiteral("torrent %1").arg(n);
    added.hasMetadata = true;
    Q_EMIT engine.torrentAdded(added);
    FilesDiscoveredEvent files;
    files.id = added.id;
    files.metadata.name = added.name;
    files.metadata.pieceCount = 1;
    files.metadata.files
        = {{0, QStringLiteral("t/a"), 10, false}, {1, QStringLiteral("t/.pad/1"), 1, true}, {2, QStringLiteral("t/b"), 5, false}};
    files.filePriorities = {4, 0, 7};
    Q_EMIT engine.filesDiscovered(files);
}

} // namespace

// A remote client's request body, whatever it holds: answered with a JSON
// object whose "result" is a string, never a crash or a hang; commands that
// were refused change nothing.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    NullEngine engine;
    TorrentMirror mirror(&engine);
    announce(engine, 1);
    announce(engine, 2);
    TransmissionRpc rpc(&engine, &mirror, nullptr);
    QObject context;
    int answers = 0;
    rpc.handle(Fuzz::bytes(data, size), QStringLiteral("fuzz"), &context, [&answers](const QByteArray &written) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(written, &error);
        Fuzz::require(error.error == QJsonParseError::NoError && document.isObject());
        const QJsonObject answer = document.object();
        Fuzz::require(answer.value(QLatin1String("result")).isString());
        Fuzz::require(answer.value(QLatin1String("arguments")).isObject());
        ++answers;
    });
    // Everything but an add (answered when the engine adds) is answered at once.
    Fuzz::require(answers <= 1);
    return 0;
}
