#include "messagespy.h"
#include "testswarm.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Revaer;
using namespace Revaer::Test;

// Sources the engine cannot use each give one Error naming the source and
// the reason, and the engine goes on serving other torrents.
class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    GeneratedTorrent good;
    std::unique_ptr<Seeder> seeder;
    std::unique_ptr<LibtorrentEngine> engine;

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = work.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(data);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        good = generateTorrent(
            work.filePath(QStringLiteral("seed")), QStringLiteral("Good"), {{QStringLiteral("good.bin"), 512 * 1024}}, 9);
        seeder = std::make_unique<Seeder>(work.filePath(QStringLiteral("seeder")));
        QVERIFY(seeder->seed(good));
        engine = std::make_unique<LibtorrentEngine>(loopbackConfig(work.filePath(QStringLiteral("downloads"))));
        QSignalSpy started(engine.get(), &TorrentEngine::started);
        engine->start();
        QVERIFY(started.wait(10000));
    }

    void badSourceGivesError_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty file") << "empty"
                                    << "empty";
        QTest::newRow("truncated file") << "truncated"
                                        << "not a valid torrent file";
        QTest::newRow("garbage file") << "garbage"
                                      << "not a valid torrent file";
        QTest::newRow("malformed magnet info-hash") << "magnet"
                                                    << "invalid info-hash";
        QTest::newRow("magnet without info-hash") << "magnetNoHash"
                                                  << "magnet";
        QTest::newRow("path that does not exist") << "missing"
                                                  << "does not exist";
        QTest::newRow("a folder") << "folder"
                                  << "folder";
    }

    void badSourceGivesError()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        AddTorrentRequest request;
        if (kind == u"empty")
            request = AddTorrentRequest::fromFile(writeFile(QStringLiteral("empty.torrent"), {}));
        else if (kind == u"truncated")
            request = AddTorrentRequest::fromFile(
                writeFile(QStringLiteral("truncated.torrent"), good.torrentData.left(good.torrentData.size() / 2)));
        else if (kind == u"garbage")
            request = AddTorrentRequest::fromFile(
                writeFile(QStringLiteral("garbage.torrent"), QByteArray("<html>404 Not Found</html>")));
        else if (kind == u"magnet")
            request = AddTorrentRequest::fromMagnet(QStringLiteral("magnet:?xt=urn:btih:XYZ-not-a-hash&dn=broken"));
        else if (kind == u"magnetNoHash")
            request = AddTorrentRequest::fromMagnet(QStringLiteral("magnet:?dn=nothing"));
        else if (kind == u"missing")
            request = AddTorrentRequest::fromFile(work.filePath(QStringLiteral("no/such/file.torrent")));
        else if (kind == u"folder")
            request = AddTorrentRequest::fromFile(work.path());

        MessageSpy errors(engine.get(), EngineMessage::Severity::Error);
        QSignalSpy added(engine.get(), &TorrentEngine::torrentAdded);
        engine->addTorrent(request);
        QVERIFY(errors.wait(5000));
        QCOMPARE(errors.size(), 1);
        const auto error = errors.at(0).at(0).value<EngineMessage>();
        QVERIFY(!error.id.isValid());
        QCOMPARE(error.source, request.source);
        QVERIFY2(error.message.contains(request.source), qPrintable(error.message));
        QVERIFY2(error.message.contains(reason, Qt::CaseInsensitive), qPrintable(error.message));
        QCOMPARE(added.size(), 0);
    }

    void engineKeepsServingAfterBadInput()
    {
        QSignalSpy completed(engine.get(), &TorrentEngine::completed);
        AddTorrentRequest request
            = AddTorrentRequest::fromFile(good.writeTorrentFile(work.filePath(QStringLiteral("good.torrent"))));
        request.peers = {seeder->peer()};
        engine->addTorrent(request);
        QTRY_VERIFY_WITH_TIMEOUT(!completed.isEmpty(), 30000);
        QVERIFY(sameContent(good.filePath(0), work.filePath(QStringLiteral("downloads/Good/good.bin"))));
    }

    void duplicateIsAnErrorAndKeepsTheTorrent()
    {
        MessageSpy errors(engine.get(), EngineMessage::Severity::Error);
        QSignalSpy removed(engine.get(), &TorrentEngine::torrentRemoved);
        engine->addTorrent(AddTorrentRequest::fromMagnet(good.magnet));
        QVERIFY(errors.wait(5000));
        const auto error = errors.at(0).at(0).value<EngineMessage>();
        QVERIFY2(error.message.contains(QStringLiteral("already in the list")), qPrintable(error.message));
        QTest::qWait(300);
        QCOMPARE(removed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
