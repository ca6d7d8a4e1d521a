// `revaer --create-torrent`: a v1, a v2 and a hybrid torrent of a folder,
// each seeded from the original files and downloaded byte-identical by a
// second Revaer (headless, a process of its own); trackers in tiers, private,
// comment and source in the file; an existing output never replaced.
#include "backend/torrentfileparser.h"
#include "testswarm.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Revaer;
using namespace Revaer::Test;

class TestCreateTorrent : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    QString content; // the folder made into torrents
    std::unique_ptr<Seeder> seeder;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run revaer(const QStringList &arguments, int timeoutMs = 120000)
    {
        QProcess process;
        process.start(QStringLiteral(REVAER_BINARY), arguments);
        if (!process.waitForFinished(timeoutMs))
            process.kill();
        process.waitForFinished();
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(REVAER_BINARY)));
        // Files of odd sizes across pieces, in a subfolder too: v2 hashes per file.
        content = work.filePath(QStringLiteral("made/My Album"));
        QVERIFY(QDir().mkpath(content + QStringLiteral("/disc 2")));
        auto write = [](const QString &path, qint64 size, char seed) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray data(size, Qt::Uninitialized);
            for (qint64 i = 0; i < size; ++i)
                data[i] = char((i * 131 + seed) % 251);
            file.write(data);
        };
        write(content + QStringLiteral("/01 first.flac"), 700'001, 3);
        write(content + QStringLiteral("/disc 2/02 \"second\".flac"), 333'333, 7);
        write(content + QStringLiteral("/cover.jpg"), 12'345, 11);
        seeder = std::make_unique<Seeder>(work.filePath(QStringLiteral("seeder")));
    }

    void madeAndDownloadedByteIdentical_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("v1") << QStringLiteral("--v1");
        QTest::newRow("v2") << QStringLiteral("--v2");
        QTest::newRow("hybrid") << QStringLiteral("--hybrid");
    }

    void madeAndDownloadedByteIdentical()
    {
        QFETCH(QString, format);
        const QString output = work.filePath(QStringLiteral("album%1.torrent").arg(format));
        const Run made = revaer({QStringLiteral("--create-torrent"), content, QStringLiteral("--output"), output, format,
            QStringLiteral("--piece-size"), QStringLiteral("64"), QStringLiteral("--tracker"),
            QStringLiteral("http://127.0.0.1:1/announce,http://127.0.0.1:2/announce"), QStringLiteral("--tracker"),
            QStringLiteral("udp://127.0.0.1:3/announce"), QStringLiteral("--comment"), QStringLiteral("made by a test"),
            QStringLiteral("--source"), QStringLiteral("TEST")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.out + made.err));
        QVERIFY2(made.out.contains(QStringLiteral("created ")), qPrintable(made.out));
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray torrent = file.readAll();
        const TorrentFileParser::Result parsed = TorrentFileParser::parseTorrent(torrent, output);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.metadata.pieceLength, 64 * 1024);
        QCOMPARE(parsed.metadata.comment, QStringLiteral("made by a test"));
        QVERIFY(torrent.contains("6:source4:TEST"));
        QCOMPARE(parsed.metadata.trackers.size(), 3);
        QCOMPARE(format == u"--v1", parsed.metadata.infoHashV2.isEmpty());
        QCOMPARE(format == u"--v2", parsed.metadata.infoHashV1.isEmpty());

        GeneratedTorrent seeded;
        seeded.name = QStringLiteral("My Album");
        seeded.contentRoot = work.filePath(QStringLiteral("made"));
        seeded.torrentData = torrent;
        seeded.id = parsed.id;
        QVERIFY(seeder->seed(seeded));
        const QString downloads = work.filePath(QStringLiteral("downloaded%1").arg(format));
        const Run got = revaer({QStringLiteral("--headless"), QStringLiteral("--profile"),
            writeLoopbackProfile(work.filePath(QStringLiteral("profile%1").arg(format))), QStringLiteral("--save-path"),
            downloads, QStringLiteral("--peer"), seeder->peer(), QStringLiteral("--exit-when-done"), output});
        QVERIFY2(got.exitCode == 0, qPrintable(got.out + got.err));
        for (const QString &name :
            {QStringLiteral("01 first.flac"), QStringLiteral("disc 2/02 \"second\".flac"), QStringLiteral("cover.jpg")})
            QVERIFY2(sameContent(content + u'/' + name, downloads + QStringLiteral("/My Album/") + name), qPrintable(name));
    }

    void anExistingFileIsNeverReplaced()
    {
        const QString output = work.filePath(QStringLiteral("taken.torrent"));
        QFile taken(output);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("precious");
        taken.close();
        const Run r = revaer({QStringLiteral("--create-torrent"), content, QStringLiteral("--output"), output});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QVERIFY(taken.open(QIODevice::ReadOnly));
        QCOMPARE(taken.readAll(), QByteArray("precious"));
    }

    void badRequestsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing path") << QStringList {QStringLiteral("--create-torrent"), QStringLiteral("/no/such/thing"),
            QStringLiteral("--output"), QStringLiteral("/tmp/revaer-never.torrent")}
                                      << QStringLiteral("does not exist");
        QTest::newRow("no output") << QStringList {QStringLiteral("--create-torrent"), QStringLiteral("/tmp")}
                                   << QStringLiteral("--output");
        QTest::newRow("two formats") << QStringList {QStringLiteral("--create-torrent"), QStringLiteral("/tmp"),
            QStringLiteral("--output"), QStringLiteral("/tmp/x.torrent"), QStringLiteral("--v1"), QStringLiteral("--v2")}
                                     << QStringLiteral("one of");
        QTest::newRow("odd piece size") << QStringList {QStringLiteral("--create-torrent"), QStringLiteral("/tmp"),
            QStringLiteral("--output"), QStringLiteral("/tmp/x.torrent"), QStringLiteral("--piece-size"), QStringLiteral("48")}
                                        << QStringLiteral("power of two");
    }

    void badRequestsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const Run r = revaer(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCreateTorrent)
#include "tst_createtorrent.moc"
