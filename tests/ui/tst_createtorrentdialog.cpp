// Tools > Create Torrent: made on a thread with progress, written where the
// user says, seeded at once from where the files are; Cancel while hashing
// writes nothing; an existing file is never replaced.
#include "backend/torrentfileparser.h"
#include "createtorrentdialog.h"
#include "dialoghelper.h"
#include "fakeengine.h"
#include "metatypes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Revaer;
using namespace Revaer::Test;

class TestCreateTorrentDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir work;

private Q_SLOTS:
    void initTestCase() { registerEngineMetaTypes(); }

    void aFolderIsMadeIntoATorrentAndSeeded()
    {
        const QString content = work.filePath(QStringLiteral("share/Holiday Photos"));
        QVERIFY(QDir().mkpath(content));
        for (int i = 0; i < 3; ++i) {
            QFile file(content + QStringLiteral("/photo %1.jpg").arg(i));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(100'000 + i, char('a' + i)));
        }
        FakeEngine engine;
        CreateTorrentDialog dialog(&engine);
        const QString output = work.filePath(QStringLiteral("photos.torrent"));
        dialog.setSaveChooser([&](QWidget *, const QString &, const QString &suggested) {
            [&] { QCOMPARE(suggested, work.filePath(QStringLiteral("share/Holiday Photos.torrent"))); }();
            return output;
        });
        dialog.setContent(content);
        dialog.findChild<QComboBox *>(QStringLiteral("format"))->setCurrentIndex(1); // hybrid
        dialog.findChild<QCheckBox *>(QStringLiteral("private"))->setChecked(true);
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("trackers"))
            ->setPlainText(QStringLiteral("http://a.example/announce\nhttp://b.example/announce\n\n\nudp://c.example:80"));
        dialog.findChild<QLineEdit *>(QStringLiteral("comment"))->setText(QStringLiteral("summer"));
        QSignalSpy created(&dialog, &CreateTorrentDialog::created);
        dialog.findChild<QPushButton *>(QStringLiteral("create"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const TorrentFileParser::Result parsed = TorrentFileParser::parseTorrent(file.readAll(), output);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.metadata.trackers.size(), 3);
        QVERIFY(parsed.metadata.isPrivate);
        QVERIFY(!parsed.metadata.infoHashV1.isEmpty() && !parsed.metadata.infoHashV2.isEmpty());
        QCOMPARE(parsed.metadata.comment, QStringLiteral("summer"));
        QCOMPARE(engine.added.size(), 1);
        QCOMPARE(engine.added.at(0).savePath, work.filePath(QStringLiteral("share")));
        QCOMPARE(engine.added.at(0).kind, AddTorrentRequest::Kind::TorrentData);
    }

    void cancelWhileHashingWritesNothing()
    {
        // A big sparse file: seconds of hashing, no disk space.
        const QString big = work.filePath(QStringLiteral("big.img"));
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(8) * 1024 * 1024 * 1024));
        file.close();
        FakeEngine engine;
        CreateTorrentDialog dialog(&engine);
        const QString output = work.filePath(QStringLiteral("big.torrent"));
        dialog.setSaveChooser([&](QWidget *, const QString &, const QString &) { return output; });
        dialog.setContent(big);
        dialog.findChild<QPushButton *>(QStringLiteral("create"))->click();
        QVERIFY(dialog.isHashing());
        QTest::qWait(500);
        dialog.reject(); // Cancel while hashing
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isHashing(), 20000);
        QVERIFY(!QFile::exists(output));
        QVERIFY(engine.added.isEmpty());
        QFile::remove(big);
    }

    void anExistingFileIsNeverReplaced()
    {
        const QString output = work.filePath(QStringLiteral("taken.torrent"));
        QFile taken(output);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("precious");
        taken.close();
        FakeEngine engine;
        CreateTorrentDialog dialog(&engine);
        dialog.setSaveChooser([&](QWidget *, const QString &, const QString &) { return output; });
        dialog.setContent(work.path());
        answerNextDialog([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box && box->text().contains(QStringLiteral("already exists")));
            box->accept();
        });
        dialog.findChild<QPushButton *>(QStringLiteral("create"))->click();
        QVERIFY(!dialog.isHashing());
        QVERIFY(taken.open(QIODevice::ReadOnly));
        QCOMPARE(taken.readAll(), QByteArray("precious"));
    }
};

QTEST_MAIN(TestCreateTorrentDialog)
#include "tst_createtorrentdialog.moc"
