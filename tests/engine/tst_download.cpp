#include "backend/torrentcreator.h"
#include "backend/torrentfileparser.h"
#include "messagespy.h"
#include "testswarm.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Revaer;
using namespace Revaer::Test;

// Real libtorrent: a seeder session and a downloader session in this process,
// talking over 127.0.0.1 only.
class TestDownload : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    std::unique_ptr<Seeder> seeder;
    GeneratedTorrent multi; // several files, a few MiB
    GeneratedTorrent large; // for pausing mid-transfer
    int downloaderCount = 0;

    struct Downloader {
        std::unique_ptr<LibtorrentEngine> engine;
        QString savePath;
    };

    Downloader makeDownloader(const RateLimits &limits = {})
    {
        Downloader d;
        d.savePath = work.filePath(QStringLiteral("download-%1").arg(++downloaderCount));
        QDir().mkpath(d.savePath);
        EngineConfig config = loopbackConfig(d.savePath);
        config.session.limits = limits;
        d.engine = std::make_unique<LibtorrentEngine>(config);
        d.engine->start();
        return d;
    }

    static bool waitFor(
        QSignalSpy &spy, const TorrentId &id, int timeoutMs, const std::function<bool(const QVariant &)> &match = {})
    {
        QElapsedTimer timer;
        timer.start();
        qsizetype checked = 0;
        while (timer.elapsed() < timeoutMs) {
            for (; checked < spy.size(); ++checked) {
                const QVariant v = spy.at(checked).at(0);
                if (match ? match(v) : true)
                    return true;
            }
            spy.wait(50);
        }
        Q_UNUSED(id);
        return false;
    }

    static bool waitForState(QSignalSpy &states, const TorrentId &id, TorrentState state, int timeoutMs = 30000)
    {
        return waitFor(states, id, timeoutMs, [&](const QVariant &v) {
            const auto e = v.value<TorrentStateEvent>();
            return e.id == id && e.state == state;
        });
    }

    static bool waitForCompleted(QSignalSpy &completed, const TorrentId &id, int timeoutMs = 60000)
    {
        return waitFor(completed, id, timeoutMs, [&](const QVariant &v) { return v.value<TorrentCompletedEvent>().id == id; });
    }

    void verifyAllFilesMatch(const GeneratedTorrent &t, const QString &savePath, const QSet<int> &skipped = {})
    {
        for (int i = 0; i < t.files.size(); ++i) {
            const QString downloaded = savePath + u'/' + t.name + u'/' + t.files.at(i).first;
            if (skipped.contains(i))
                continue;
            QVERIFY2(sameContent(t.filePath(i), downloaded), qPrintable(downloaded));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(work.isValid());
        const QString seedRoot = work.filePath(QStringLiteral("seed"));
        multi = generateTorrent(seedRoot, QStringLiteral("Multi File"),
            {{QStringLiteral("disc/one.bin"), 3 * 1024 * 1024 + 17}, {QStringLiteral("two.bin"), 1024 * 1024 + 123},
                {QStringLiteral("three/deep/three.bin"), 2 * 1024 * 1024 + 5}},
            1, 64 * 1024);
        large = generateTorrent(seedRoot, QStringLiteral("Large"), {{QStringLiteral("large.bin"), 24 * 1024 * 1024}}, 2);
        seeder = std::make_unique<Seeder>(work.filePath(QStringLiteral("seeder")));
        QVERIFY(seeder->seed(multi));
        QVERIFY(seeder->seed(large));
    }

    void torrentFileDownloadsEveryByte()
    {
        Downloader d = makeDownloader();
        QSignalSpy added(d.engine.get(), &TorrentEngine::torrentAdded);
        QSignalSpy files(d.engine.get(), &TorrentEngine::filesDiscovered);
        QSignalSpy completed(d.engine.get(), &TorrentEngine::completed);
        QSignalSpy progress(d.engine.get(), &TorrentEngine::progressUpdated);
        AddTorrentRequest request
            = AddTorrentRequest::fromFile(multi.writeTorrentFile(work.filePath(QStringLiteral("multi.torrent"))));
        request.peers = {seeder->peer()};
        d.engine->addTorrent(request);
        QVERIFY(waitForCompleted(completed, multi.id));
        QCOMPARE(added.size(), 1);
        const auto addedEvent = added.at(0).at(0).value<TorrentAddedEvent>();
        QCOMPARE(addedEvent.id, multi.id);
        QCOMPARE(addedEvent.name, QStringLiteral("Multi File"));
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.at(0).at(0).value<FilesDiscoveredEvent>().metadata.files.size(), 3);
        QVERIFY(!progress.isEmpty());
        verifyAllFilesMatch(multi, d.savePath);
    }

    // Another program holds the configured port: without a listen socket
    // libtorrent would never announce and every download would wait at 0
    // peers. Revaer listens on a free port instead, says which, and peers
    // reach it there.
    void aTakenPortFallsBackToAFreeOne()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        const int taken = squatter.serverPort();
        const QString savePath = work.filePath(QStringLiteral("fallback"));
        EngineConfig config = loopbackConfig(savePath);
        config.session.listenInterfaces = QStringLiteral("127.0.0.1:%1").arg(taken);
        LibtorrentEngine engine(config);
        QSignalSpy listening(&engine, &TorrentEngine::listening);
        MessageSpy warnings(&engine, EngineMessage::Severity::Warning);
        QSignalSpy health(&engine, &TorrentEngine::healthChanged);
        QSignalSpy completed(&engine, &TorrentEngine::completed);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty(), 10000);
        const int port = listening.constFirst().at(1).toInt();
        QVERIFY(port > 0 && port != taken);
        QTRY_VERIFY(!warnings.isEmpty());
        const QString said = warnings.constFirst().at(0).value<EngineMessage>().message;
        QVERIFY2(said.contains(QString::number(taken)) && said.contains(QString::number(port)), qPrintable(said));
        QVERIFY(health.isEmpty() || health.constLast().at(0).value<HealthEvent>().state == HealthState::Healthy);

        QSignalSpy added(&engine, &TorrentEngine::torrentAdded);
        engine.addTorrent(AddTorrentRequest::fromMagnet(multi.magnet)); // no peer of its own
        QVERIFY(added.wait(10000));
        // A seeder dials in, as peers from a tracker would. A fresh one: the
        // shared seeder already knows 127.0.0.1 as another peer, and
        // libtorrent keeps one peer per address.
        Seeder dialer(work.filePath(QStringLiteral("dialer")));
        QVERIFY(dialer.seed(multi));
        QElapsedTimer clock;
        clock.start();
        while (completed.isEmpty() && clock.elapsed() < 60000) {
            dialer.engine().addPeers({multi.id}, {QStringLiteral("127.0.0.1:%1").arg(port)});
            completed.wait(2000);
        }
        QVERIFY(waitForCompleted(completed, multi.id));
        verifyAllFilesMatch(multi, savePath);
        engine.stop();
    }

    // What the add dialog sends for a magnet whose metadata it fetched: the
    // .torrent bytes, plus the link's trackers and x.pe peers.
    void torrentDataKeepsTheLinksPeersAndTrackers()
    {
        Downloader d = makeDownloader();
        QSignalSpy completed(d.engine.get(), &TorrentEngine::completed);
        QSignalSpy details(d.engine.get(), &TorrentEngine::detailsReady);
        AddTorrentRequest request;
        request.kind = AddTorrentRequest::Kind::TorrentData;
        request.data = multi.torrentData;
        request.source = multi.magnet;
        request.peers = {seeder->peer()};
        request.trackers = {QStringLiteral("http://127.0.0.1:9/announce")};
        d.engine->addTorrent(request);
        QVERIFY(waitForCompleted(completed, multi.id));
        d.engine->requestDetails({multi.id});
        QVERIFY(details.wait(5000));
        const auto trackers = details.constLast().at(0).value<QList<TorrentDetails>>().value(0).trackers;
        QVERIFY(std::any_of(trackers.cbegin(), trackers.cend(),
            [](const TrackerDetails &t) { return t.url == QStringLiteral("http://127.0.0.1:9/announce"); }));
    }

    // The trackers in the details are kept between requests (libtorrent
    // answers for one torrent at a time), never past a change: a tracker's
    // error shows, and replaced trackers show in the very next answer.
    void trackerDetailsFollowChanges()
    {
        Downloader d = makeDownloader();
        QSignalSpy details(d.engine.get(), &TorrentEngine::detailsReady);
        AddTorrentRequest request;
        request.kind = AddTorrentRequest::Kind::TorrentData;
        request.data = multi.torrentData;
        request.source = QStringLiteral("multi-trackers.torrent");
        const QString refused = QStringLiteral("http://127.0.0.1:9/announce"); // nothing listens there
        request.trackers = {refused};
        d.engine->addTorrent(request);
        auto latest = [&]() -> QList<TrackerDetails> {
            const qsizetype before = details.size();
            d.engine->requestDetails({multi.id});
            if (!QTest::qWaitFor([&] { return details.size() > before; }, 5000))
                return {};
            return details.constLast().at(0).value<QList<TorrentDetails>>().value(0).trackers;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<TrackerDetails> trackers = latest();
                return trackers.size() == 1 && trackers.at(0).url == refused
                    && trackers.at(0).status == TrackerDetails::Status::Error;
            }(),
            20000);

        const QString other = QStringLiteral("http://127.0.0.1:10/announce");
        d.engine->setTrackers(multi.id, {other});
        const QList<TrackerDetails> replaced = latest();
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(replaced.at(0).url, other);
        QTRY_VERIFY_WITH_TIMEOUT(latest().value(0).status == TrackerDetails::Status::Error, 20000);
    }

    void magnetFetchesMetadataThenDownloads()
    {
        Downloader d = makeDownloader();
        QSignalSpy added(d.engine.get(), &TorrentEngine::torrentAdded);
        QSignalSpy files(d.engine.get(), &TorrentEngine::filesDiscovered);
        QSignalSpy completed(d.engine.get(), &TorrentEngine::completed);
        QSignalSpy states(d.engine.get(), &TorrentEngine::stateChanged);
        const QString magnet
            = QStringLiteral("magnet:?xt=urn:btih:%1&dn=Multi%20File&x.pe=%2").arg(multi.id.toString(), seeder->peer());
        d.engine->addTorrent(AddTorrentRequest::fromMagnet(magnet));
        QVERIFY(added.wait(10000));
        QVERIFY(!added.at(0).at(0).value<TorrentAddedEvent>().hasMetadata);
        QVERIFY(waitForCompleted(completed, multi.id));
        QCOMPARE(files.size(), 1);
        const auto discovered = files.at(0).at(0).value<FilesDiscoveredEvent>();
        QCOMPARE(discovered.id, multi.id);
        QCOMPARE(discovered.metadata.files.size(), 3);
        for (int i = 0; i < multi.files.size(); ++i)
            QCOMPARE(discovered.metadata.files.at(i).path, QStringLiteral("Multi File/") + multi.files.at(i).first);
        QCOMPARE(states.at(0).at(0).value<TorrentStateEvent>().state, TorrentState::FetchingMetadata);
        verifyAllFilesMatch(multi, d.savePath);
    }

    // The add dialog's path for a magnet: fetch the metadata without adding,
    // then add the .torrent it yields with the user's choices.
    void metadataFetchThenAdd()
    {
        Downloader d = makeDownloader();
        QSignalSpy fetched(d.engine.get(), &TorrentEngine::metadataFetched);
        QSignalSpy added(d.engine.get(), &TorrentEngine::torrentAdded);
        QSignalSpy completed(d.engine.get(), &TorrentEngine::completed);
        const QString magnet = multi.magnet + QStringLiteral("&x.pe=") + seeder->peer();
        d.engine->fetchMetadata(magnet);
        QVERIFY(fetched.wait(20000));
        QCOMPARE(fetched.at(0).at(0).toString(), magnet);
        const auto metadata = fetched.at(0).at(1).value<TorrentMetadata>();
        QCOMPARE(metadata.files.size(), multi.files.size());
        QCOMPARE(metadata.name, QStringLiteral("Multi File"));
        QCOMPARE(added.size(), 0); // nothing was added to the list
        QVERIFY(QDir(d.savePath).isEmpty());

        AddTorrentRequest request;
        request.kind = AddTorrentRequest::Kind::TorrentData;
        request.source = magnet;
        request.data = fetched.at(0).at(2).toByteArray();
        request.peers = {seeder->peer()};
        request.filePriorities = QList<int>(multi.files.size(), FilePriority::Normal);
        request.filePriorities[0] = FilePriority::Skip;
        d.engine->addTorrent(request);
        QVERIFY(waitForCompleted(completed, multi.id));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).value<TorrentAddedEvent>().id, multi.id); // same info-hash
        verifyAllFilesMatch(multi, d.savePath, {0});
        QVERIFY(!QFile::exists(d.savePath + QStringLiteral("/Multi File/") + multi.files.at(0).first));

        // A magnet already in the list is not fetched again.
        QSignalSpy failed(d.engine.get(), &TorrentEngine::metadataFetchFailed);
        d.engine->fetchMetadata(magnet);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("already in the list")));
    }

    void detailsTrackersAndStats()
    {
        Downloader d = makeDownloader({512 * 1024, 0});
        QSignalSpy details(d.engine.get(), &TorrentEngine::detailsReady);
        QSignalSpy stats(d.engine.get(), &TorrentEngine::sessionStatsUpdated);
        QSignalSpy states(d.engine.get(), &TorrentEngine::stateChanged);
        AddTorrentRequest request = AddTorrentRequest::fromMagnet(large.magnet);
        request.peers = {seeder->peer()};
        d.engine->addTorrent(request);
        QVERIFY(waitForState(states, large.id, TorrentState::Downloading));
        d.engine->setTrackers(
            large.id, {QStringLiteral("http://127.0.0.1:1/announce"), QStringLiteral("udp://127.0.0.1:2/announce")});
        QTest::qWait(1500);
        d.engine->requestDetails({large.id});
        QVERIFY(details.wait(5000));
        const auto info = details.at(0).at(0).value<QList<TorrentDetails>>().value(0);
        QCOMPARE(info.id, large.id);
        QCOMPARE(info.infoHashV1, large.id.toString());
        QCOMPARE(info.pieceCount > 0, true);
        QVERIFY(info.piecesHave > 0);
        QCOMPARE(info.peers.size(), 1);
        QCOMPARE(info.peers.at(0).address, seeder->peer());
        QVERIFY(info.peers.at(0).seed);
        QCOMPARE(info.trackers.size(), 2);
        QStringList urls;
        for (const TrackerDetails &tracker : info.trackers)
            urls.append(tracker.url);
        QVERIFY(urls.contains(QStringLiteral("http://127.0.0.1:1/announce")));
        QVERIFY(urls.contains(QStringLiteral("udp://127.0.0.1:2/announce")));
        QCOMPARE(info.fileProgress.size(), 1);
        QVERIFY(info.addedAt.isValid());
        QTRY_VERIFY(!stats.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(stats.constLast().at(0).value<SessionStatsEvent>().downloadRate > 100 * 1024, 5000);
        QVERIFY(stats.constLast().at(0).value<SessionStatsEvent>().freeSpace > 0);
    }

    // A copied magnet link carries what a hybrid torrent is: both hashes (v1
    // clients join by btih, v2 ones by btmh), its name and its trackers. The
    // window's own copy used to keep the first hash and the name only.
    void aHybridTorrentsMagnetLinkHasBothHashesAndTrackers()
    {
        const QString content = work.filePath(QStringLiteral("hybrid/Hybrid Payload"));
        QDir().mkpath(content);
        QFile file(content + QStringLiteral("/data.bin"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(300 * 1024, 'h'));
        file.close();
        TorrentCreator::Options options;
        options.contentPath = content;
        options.format = TorrentCreator::Format::Hybrid;
        options.trackers = {QStringLiteral("http://127.0.0.1:1/announce?key=a&b")};
        const TorrentCreator::Result hybrid = TorrentCreator::create(options);
        QVERIFY2(hybrid.ok(), qPrintable(hybrid.error));
        const QString torrentPath = work.filePath(QStringLiteral("hybrid.torrent"));
        QFile torrentFile(torrentPath);
        QVERIFY(torrentFile.open(QIODevice::WriteOnly));
        torrentFile.write(hybrid.torrent);
        torrentFile.close();

        Downloader d = makeDownloader();
        QSignalSpy added(d.engine.get(), &TorrentEngine::torrentAdded);
        QSignalSpy links(d.engine.get(), &TorrentEngine::magnetLinksReady);
        d.engine->addTorrent(AddTorrentRequest::fromFile(torrentPath));
        QVERIFY(added.wait(10000));
        const TorrentId id = added.at(0).at(0).value<TorrentAddedEvent>().id;
        d.engine->mergeTrackers(id, {QStringLiteral("udp://127.0.0.1:2/announce")});
        d.engine->requestMagnetLinks({id, TorrentId::fromHex(QString(40, u'f'))});
        QVERIFY(links.wait(5000));
        const QStringList answer = links.at(0).at(0).toStringList();
        QCOMPARE(answer.size(), 1); // the unknown id has no link
        const QUrlQuery query(QUrl(answer.at(0)).query(QUrl::FullyEncoded));
        const QUrlQuery libtorrents(QUrl(hybrid.magnetUri).query(QUrl::FullyEncoded));
        const QStringList hashes = query.allQueryItemValues(QStringLiteral("xt"));
        QCOMPARE(hashes.size(), 2);
        QVERIFY2(hashes.contains(QStringLiteral("urn:btih:") + id.toString()), qPrintable(answer.at(0)));
        const QStringList libtorrentsHashes = libtorrents.allQueryItemValues(QStringLiteral("xt"));
        QCOMPARE(
            QSet<QString>(hashes.cbegin(), hashes.cend()), QSet<QString>(libtorrentsHashes.cbegin(), libtorrentsHashes.cend()));
        QCOMPARE(query.queryItemValue(QStringLiteral("dn"), QUrl::FullyDecoded), QStringLiteral("Hybrid Payload"));
        QStringList trackers = query.allQueryItemValues(QStringLiteral("tr"), QUrl::FullyDecoded);
        trackers.sort();
        QCOMPARE(trackers,
            (QStringList {QStringLiteral("http://127.0.0.1:1/announce?key=a&b"), QStringLiteral("udp://127.0.0.1:2/announce")}));
        // libtorrent reads the link back as the same torrent.
        const TorrentFileParser::Result parsed = TorrentFileParser::parseMagnet(answer.at(0));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.id, id);
    }

    // A tracker that answers is not failing because another listen socket
    // cannot reach it: an IPv6 socket and an IPv4 tracker. Before, each
    // Resume grew "has not answered N times" warnings for a working tracker.
    void aTrackerThatAnswersIsNotCalledFailing()
    {
        LocalTracker tracker(work.filePath(QStringLiteral("tracker")), {large.id});
        if (!tracker.error().isEmpty())
            QSKIP(qPrintable(tracker.error()));
        QTcpServer v6;
        if (!v6.listen(QHostAddress::LocalHostIPv6))
            QSKIP("no IPv6 loopback here: nothing to tell apart");
        v6.close();
        const QString savePath = work.filePath(QStringLiteral("two-sockets"));
        QDir().mkpath(savePath);
        EngineConfig config = loopbackConfig(savePath);
        config.session.listenInterfaces = QStringLiteral("127.0.0.1:0,[::1]:0");
        config.session.limits.downloadLimit = 64 * 1024; // stays downloading while it re-announces
        LibtorrentEngine engine(config);
        engine.start();
        MessageSpy warnings(&engine, EngineMessage::Severity::Warning);
        QSignalSpy states(&engine, &TorrentEngine::stateChanged);
        QSignalSpy details(&engine, &TorrentEngine::detailsReady);
        AddTorrentRequest request;
        request.kind = AddTorrentRequest::Kind::TorrentData;
        request.data = large.torrentData;
        request.source = QStringLiteral("large.torrent");
        request.peers = {seeder->peer()};
        request.trackers = {tracker.announceUrl()};
        engine.addTorrent(request);
        QVERIFY(waitForState(states, large.id, TorrentState::Downloading));
        for (int round = 0; round < 4; ++round) { // each Resume announces again
            engine.pauseTorrents({large.id});
            QVERIFY(waitForState(states, large.id, TorrentState::Paused));
            engine.resumeTorrents({large.id});
            QTest::qWait(400);
        }
        // The tracker's answer from 127.0.0.1 shows as working; ::1 is
        // marked as not reaching it, not as failing.
        TorrentDetails info;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                engine.requestDetails({large.id});
                if (!details.wait(2000))
                    return false;
                info = details.constLast().at(0).value<QList<TorrentDetails>>().value(0);
                return info.trackers.size() == 1 && info.trackers.at(0).status == TrackerDetails::Status::Working;
            }(),
            15000);
        const TrackerDetails &t = info.trackers.at(0);
        bool sawV6 = false;
        for (const TrackerEndpointDetails &e : t.endpoints) {
            if (e.ipv6) {
                sawV6 = true;
                QVERIFY2(e.status != TrackerDetails::Status::Error, qPrintable(e.message));
            }
        }
        if (!sawV6)
            qInfo("libtorrent made no IPv6 endpoint for the IPv4 tracker");
        QVERIFY(t.nextAnnounce.isValid());
        QVERIFY(t.nextAnnounce > QDateTime::currentDateTimeUtc()); // ahead, never a time in the past
        for (const QList<QVariant> &w : std::as_const(warnings))
            QVERIFY2(!w.at(0).value<EngineMessage>().message.contains(tracker.announceUrl()),
                qPrintable(w.at(0).value<EngineMessage>().message));
        engine.stop();
    }

    // Rename a file of a finished download: it moves on disk and the
    // details show the new name; a name leaving the folder is refused.
    void aFileIsRenamed()
    {
        Downloader d = makeDownloader();
        QSignalSpy completed(d.engine.get(), &TorrentEngine::completed);
        MessageSpy errors(d.engine.get(), EngineMessage::Severity::Error);
        QSignalSpy details(d.engine.get(), &TorrentEngine::detailsReady);
        AddTorrentRequest request
            = AddTorrentRequest::fromFile(multi.writeTorrentFile(work.filePath(QStringLiteral("multi-rename.torrent"))));
        request.peers = {seeder->peer()};
        d.engine->addTorrent(request);
        QVERIFY(waitForCompleted(completed, multi.id));
        const QString oldPath = d.savePath + QStringLiteral("/Multi File/") + multi.files.at(0).first;
        const QString newPath = d.savePath + QStringLiteral("/Multi File/renamed/first.bin");
        QVERIFY(QFileInfo::exists(oldPath));
        d.engine->renameFile(multi.id, 0, QStringLiteral("Multi File/renamed/first.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(newPath), 10000);
        QVERIFY(!QFileInfo::exists(oldPath));
        QVERIFY(sameContent(newPath, multi.filePath(0)));
        d.engine->requestDetails({multi.id});
        QVERIFY(details.wait(5000));
        QCOMPARE(details.constLast().at(0).value<QList<TorrentDetails>>().value(0).metadata.files.at(0).path,
            QStringLiteral("Multi File/renamed/first.bin"));

        d.engine->renameFile(multi.id, 1, QStringLiteral("../../outside.bin"));
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(0).value<EngineMessage>().message.contains(QStringLiteral("inside the torrent's folder")));
        QVERIFY(!QFileInfo::exists(work.filePath(QStringLiteral("outside.bin"))));
    }

    // A banned peer is dropped at once and not let back in this session.
    void aBannedPeerIsDropped()
    {
        Downloader d = makeDownloader({64 * 1024, 0});
        QSignalSpy states(d.engine.get(), &TorrentEngine::stateChanged);
        QSignalSpy progress(d.engine.get(), &TorrentEngine::progressUpdated);
        AddTorrentRequest request = AddTorrentRequest::fromMagnet(large.magnet);
        request.peers = {seeder->peer()};
        d.engine->addTorrent(request);
        QVERIFY(waitForState(states, large.id, TorrentState::Downloading));
        d.engine->banPeers({seeder->peer()});
        QTest::qWait(1000);
        progress.clear();
        d.engine->addPeers({large.id}, {seeder->peer()}); // refused: banned
        QTest::qWait(1500);
        QVERIFY(!progress.isEmpty());
        for (const QList<QVariant> &batch : std::as_const(progress)) {
            for (const TorrentProgress &p : batch.at(0).value<QList<TorrentProgress>>()) {
                if (p.id == large.id)
                    QCOMPARE(p.connectedPeers + p.connectedSeeds, 0);
            }
        }
    }

    void pauseAndResume()
    {
        // Slow enough (2 MiB/s for 24 MiB) to pause in the middle.
        Downloader d = makeDownloader({2 * 1024 * 1024, 0});
        QSignalSpy states(d.engine.get(), &TorrentEngine::stateChanged);
        QSignalSpy completed(d.engine.get(), &TorrentEngine::completed);
        qint64 lastDone = 0;
        connect(d.engine.get(), &TorrentEngine::progressUpdated, this, [&](const QList<TorrentProgress> &batch) {
            for (const TorrentProgress &p : batch)
                lastDone = p.doneBytes;
        });
        AddTorrentRequest request = AddTorrentRequest::fromMagnet(large.magnet);
        request.peers = {seeder->peer()};
        d.engine->addTorrent(request);
        QVERIFY(waitForState(states, large.id, TorrentState::Downloading));
        QTRY_VERIFY_WITH_TIMEOUT(lastDone > 0, 10000);

        d.engine->pauseTorrents({large.id});
        QVERIFY(waitForState(states, large.id, TorrentState::Paused, 10000));
        QTest::qWait(600); // let in-flight blocks land
        const qint64 pausedAt = lastDone;
        QTest::qWait(1500);
        QCOMPARE(lastDone, pausedAt);
        QVERIFY(pausedAt < large.files.at(0).second);
        QCOMPARE(completed.size(), 0);

        d.engine->setGlobalLimits({});
        d.engine->resumeTorrents({large.id});
        QVERIFY(waitForState(states, large.id, TorrentState::Downloading, 10000));
        QVERIFY(waitForCompleted(completed, large.id));
        verifyAllFilesMatch(large, d.savePath);
    }

    void skippedFileIsNotDownloaded()
    {
        Downloader d = makeDownloader();
        QSignalSpy completed(d.engine.get(), &TorrentEngine::completed);
        AddTorrentRequest request
            = AddTorrentRequest::fromFile(multi.writeTorrentFile(work.filePath(QStringLiteral("skip.torrent"))));
        request.peers = {seeder->peer()};
        const int skippedIndex = int(std::find_if(multi.files.cbegin(), multi.files.cend(), [](const auto &f) {
            return f.first == u"two.bin";
        }) - multi.files.cbegin());
        request.filePriorities = QList<int>(multi.files.size(), FilePriority::Normal);
        request.filePriorities[skippedIndex] = FilePriority::Skip;
        d.engine->addTorrent(request);
        QVERIFY(waitForCompleted(completed, multi.id));
        verifyAllFilesMatch(multi, d.savePath, {skippedIndex});
        const QString skipped = d.savePath + QStringLiteral("/Multi File/two.bin");
        // Pieces shared with neighbours go to libtorrent's part file, never the skipped file.
        QVERIFY2(!QFile::exists(skipped) || !sameContent(multi.filePath(1), skipped), qPrintable(skipped));
        QVERIFY(!QFile::exists(skipped));
    }

    void removeWithAndWithoutData()
    {
        for (const bool deleteFiles : {false, true}) {
            Downloader d = makeDownloader();
            QSignalSpy completed(d.engine.get(), &TorrentEngine::completed);
            QSignalSpy removed(d.engine.get(), &TorrentEngine::torrentRemoved);
            AddTorrentRequest request = AddTorrentRequest::fromMagnet(multi.magnet);
            request.peers = {seeder->peer()};
            d.engine->addTorrent(request);
            QVERIFY(waitForCompleted(completed, multi.id));
            const QString folder = d.savePath + QStringLiteral("/Multi File");
            QVERIFY(QFile::exists(folder + QStringLiteral("/two.bin")));

            d.engine->removeTorrents({multi.id}, deleteFiles ? RemoveMode::DeleteFiles : RemoveMode::KeepFiles);
            QVERIFY(removed.wait(10000));
            const auto event = removed.at(0).at(0).value<TorrentRemovedEvent>();
            QCOMPARE(event.id, multi.id);
            QCOMPARE(event.filesDeleted, deleteFiles);
            if (deleteFiles) {
                QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(folder + QStringLiteral("/two.bin")), 10000);
                QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(folder + QStringLiteral("/disc/one.bin")), 10000);
            } else {
                QTest::qWait(500);
                verifyAllFilesMatch(multi, d.savePath);
            }
        }
    }

    void seedingGoalPausesTheSeeder()
    {
        // A seeder that stops at ratio 1: its data was on disk, so once it
        // has uploaded the whole torrent once, it pauses and says why.
        const GeneratedTorrent shared = generateTorrent(work.filePath(QStringLiteral("goal-seed")), QStringLiteral("Goal"),
            {{QStringLiteral("goal.bin"), 2 * 1024 * 1024}}, 77);
        Seeder goalSeeder(
            work.filePath(QStringLiteral("goal-seeder")), [](EngineConfig &config) { config.session.stopSeedingAtRatio = 1.0; });
        MessageSpy notices(&goalSeeder.engine(), EngineMessage::Severity::Notice);
        QSignalSpy seederStates(&goalSeeder.engine(), &TorrentEngine::stateChanged);
        QVERIFY(goalSeeder.seed(shared));

        LibtorrentEngine downloader(loopbackConfig(work.filePath(QStringLiteral("goal-download"))));
        QSignalSpy completed(&downloader, &TorrentEngine::completed);
        downloader.start();
        AddTorrentRequest request = AddTorrentRequest::fromMagnet(shared.magnet);
        request.peers = {goalSeeder.peer()};
        downloader.addTorrent(request);
        QTRY_VERIFY_WITH_TIMEOUT(!completed.isEmpty(), 30000);

        QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 15000);
        const auto notice = notices.constFirst().at(0).value<EngineMessage>();
        QCOMPARE(notice.id, shared.id);
        QVERIFY2(notice.message.contains(QStringLiteral("seeding goal (ratio 1.")), qPrintable(notice.message));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(seederStates.cbegin(), seederStates.cend(),
                                     [&](const QList<QVariant> &args) {
                                         const auto e = args.at(0).value<TorrentStateEvent>();
                                         return e.id == shared.id && e.state == TorrentState::Paused;
                                     }),
            5000);
        downloader.stop();
    }
};

QTEST_GUILESS_MAIN(TestDownload)
#include "tst_download.moc"
