// The program run on completion gets its arguments exactly: each
// placeholder expanded inside its own argument, never through a shell, so a
// name with spaces, quotes, `$(...)`, `;` or a newline arrives as written.
#include "completionprogram.h"
#include "fakeengine.h"
#include "metatypes.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Revaer;
using namespace Revaer::Test;

class TestCompletionProgram : public QObject
{
    Q_OBJECT

    QTemporaryDir work;

private Q_SLOTS:
    void initTestCase() { registerEngineMetaTypes(); }

    void placeholdersExpandWithinTheirArgument()
    {
        CompletionFacts facts;
        facts.id = TorrentId::fromHex(QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
        facts.name = QStringLiteral("A \"name\" with $(rm -rf ~); spaces");
        facts.category = QStringLiteral("Movies/4K");
        facts.tags = {QStringLiteral("hd"), QStringLiteral("to watch")};
        facts.savePath = QStringLiteral("/data/movies");
        facts.fileCount = 3;
        facts.totalSize = 123456789;
        QCOMPARE(
            CompletionProgram::expand({QStringLiteral("--name=%N"), QStringLiteral("%L"), QStringLiteral("%G"),
                                          QStringLiteral("%F"), QStringLiteral("%D"), QStringLiteral("%I"), QStringLiteral("%C"),
                                          QStringLiteral("%Z"), QStringLiteral("100%%"), QStringLiteral("%x %"), QString()},
                facts),
            (QStringList {QStringLiteral("--name=A \"name\" with $(rm -rf ~); spaces"), QStringLiteral("Movies/4K"),
                QStringLiteral("hd,to watch"), QStringLiteral("/data/movies/A \"name\" with $(rm -rf ~); spaces"),
                QStringLiteral("/data/movies"), QStringLiteral("0123456789abcdef0123456789abcdef01234567"), QStringLiteral("3"),
                QStringLiteral("123456789"), QStringLiteral("100%"), QStringLiteral("%x %"), QString()}));
    }

    // A real program (a shell script that writes each argument it got on a
    // line of its own, its count first) started for a completed torrent.
    void theProgramGetsItsArgumentsExactly()
    {
        const QString out = work.filePath(QStringLiteral("args.txt"));
        const QString script = work.filePath(QStringLiteral("record.sh"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "#!/bin/sh\nout=\"$1\"; shift\n{ echo \"$#\"; for a in \"$@\"; do printf '%s\\n' \"$a\"; done; } > \"$out.tmp\"\n"
            "mv \"$out.tmp\" \"$out\"\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        FakeEngine engine;
        CompletionCommand command {script,
            {out, QStringLiteral("%N"), QStringLiteral("%L"), QStringLiteral("%G"), QStringLiteral("%F"), QStringLiteral("%C"),
                QStringLiteral("%Z")}};
        CompletionRunner runner(&engine, [&command] { return command; });
        QSignalSpy started(&runner, &CompletionRunner::started);
        const TorrentId id = TorrentId::fromHex(QStringLiteral("89abcdef0123456789abcdef0123456789abcdef"));
        const QString name = QStringLiteral("It's \"quoted\" ; $(touch pwned) `x` & more");
        TorrentAddedEvent added;
        added.id = id;
        added.name = name;
        added.savePath = work.path();
        added.labels = {QStringLiteral("Films"), {QStringLiteral("a b"), QStringLiteral("c")}};
        Q_EMIT engine.torrentAdded(added);
        FilesDiscoveredEvent files;
        files.id = id;
        files.metadata.name = name;
        files.metadata.totalSize = 4096;
        files.metadata.files = {{0, name + QStringLiteral("/a"), 4000, false}, {1, name + QStringLiteral("/.pad/96"), 96, true}};
        Q_EMIT engine.filesDiscovered(files);
        Q_EMIT engine.completed({id, name, work.path()});
        QTRY_COMPARE(started.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 10000);
        QFile result(out);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(result.readAll()).split(QLatin1Char('\n'));
        QCOMPARE(lines.mid(0, 7),
            (QStringList {QStringLiteral("6"), name, QStringLiteral("Films"), QStringLiteral("a b,c"), work.path() + u'/' + name,
                QStringLiteral("1"), QStringLiteral("4096")}));
        QVERIFY(!QFile::exists(work.filePath(QStringLiteral("pwned"))));

        // No program set: nothing runs. A program that is not there: said, naming it.
        command = {};
        Q_EMIT engine.completed({id, name, work.path()});
        command = {work.filePath(QStringLiteral("no-such-program")), {}};
        QSignalSpy messages(&runner, &CompletionRunner::message);
        Q_EMIT engine.completed({id, name, work.path()});
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.at(0).at(0).value<EngineMessage>().message.contains(QStringLiteral("no-such-program")));
        QCOMPARE(started.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCompletionProgram)
#include "tst_completionprogram.moc"
