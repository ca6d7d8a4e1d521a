// The platform layer (engine/platform/platform.h) on this system: each call
// against real files, folders, FIFOs, devices and sockets. The Windows
// implementation is compiled by platform-mingw-syntax; docs/platforms.md.
#include "platform/platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Revaer;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

bool write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

constexpr uid_t Nobody = 65534;

} // namespace

class TestPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldersArePrivateOrShared()
    {
        QTemporaryDir work;
        const mode_t oldMask = ::umask(022);
        const QString privateFolder = work.filePath(QStringLiteral("private"));
        const QString sharedFolder = work.filePath(QStringLiteral("shared"));
        QCOMPARE(Platform::makeFolder(privateFolder, Platform::Access::Private), QString());
        QCOMPARE(Platform::makeFolder(sharedFolder, Platform::Access::Shared), QString());
        ::umask(oldMask);
        QCOMPARE(modeOf(privateFolder), mode_t(0700));
        QCOMPARE(modeOf(sharedFolder), mode_t(0755));
        // An existing folder is success; a missing parent is named by the system.
        QCOMPARE(Platform::makeFolder(privateFolder, Platform::Access::Private), QString());
        QVERIFY(!Platform::makeFolder(work.filePath(QStringLiteral("no/such/parent")), Platform::Access::Private).isEmpty());
    }

    void makePrivateClosesOnlyWhatIsOurs()
    {
        QTemporaryDir work;
        const QString file = work.filePath(QStringLiteral("settings.ini"));
        const QString folder = work.filePath(QStringLiteral("folder"));
        const QString link = work.filePath(QStringLiteral("link"));
        QVERIFY(write(file, "x"));
        QVERIFY(QDir().mkdir(folder));
        ::chmod(QFile::encodeName(file).constData(), 0644);
        ::chmod(QFile::encodeName(folder).constData(), 0755);
        QVERIFY(QFile::link(file, link));
        Platform::makePrivate(file);
        Platform::makePrivate(folder);
        QCOMPARE(modeOf(file), mode_t(0600));
        QCOMPARE(modeOf(folder), mode_t(0700));

        // A link is left alone (and so is what it points to).
        ::chmod(QFile::encodeName(file).constData(), 0644);
        Platform::makePrivate(link);
        QCOMPARE(modeOf(file), mode_t(0644));

        if (::geteuid() == 0) {
            // Another account's file: not ours to change.
            QVERIFY(::chown(QFile::encodeName(file).constData(), Nobody, Nobody) == 0);
            Platform::makePrivate(file);
            QCOMPARE(modeOf(file), mode_t(0644));
        }
    }

    void readRefusesWhatIsNotARegularFile()
    {
        QTemporaryDir work;
        QByteArray data;
        QString why;
        const QString fifo = work.filePath(QStringLiteral("pipe.torrent"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        // Would block forever without O_NONBLOCK: no writer ever comes.
        QCOMPARE(Platform::readRegularFile(fifo, 1024, &data, &why), Platform::ReadStatus::Unusable);
        QVERIFY2(why.contains(QStringLiteral("FIFO")), qPrintable(why));
        QCOMPARE(Platform::readRegularFile(QStringLiteral("/dev/zero"), 1024, &data, &why), Platform::ReadStatus::Unusable);
        QVERIFY2(why.contains(QStringLiteral("device")), qPrintable(why));
        QCOMPARE(Platform::readRegularFile(work.path(), 1024, &data, &why), Platform::ReadStatus::Unusable);
        QVERIFY2(why.contains(QStringLiteral("folder")), qPrintable(why));
        QCOMPARE(Platform::readRegularFile(work.filePath(QStringLiteral("missing")), 1024, &data, &why),
            Platform::ReadStatus::Missing);
        QVERIFY(data.isEmpty());
    }

    void readHoldsTheLimit()
    {
        QTemporaryDir work;
        const QString path = work.filePath(QStringLiteral("a.torrent"));
        QVERIFY(write(path, QByteArray(1000, 'a')));
        QByteArray data;
        QString why;
        QCOMPARE(Platform::readRegularFile(path, 1000, &data, &why), Platform::ReadStatus::Ok);
        QCOMPARE(data, QByteArray(1000, 'a'));
        data.clear();
        QCOMPARE(Platform::readRegularFile(path, 999, &data, &why), Platform::ReadStatus::Unusable);
        QVERIFY2(why.contains(QStringLiteral("1000")), qPrintable(why));
        QVERIFY(data.isEmpty());
    }

    void canWriteFileSeesAReadOnlyMount()
    {
        QTemporaryDir work;
        const QString file = work.filePath(QStringLiteral("data.bin"));
        QVERIFY(write(file, "x"));
        QVERIFY(Platform::canWriteFile(file));
        if (::geteuid() != 0)
            QSKIP("needs root to mount a read-only file system");
        const QString mountPoint = work.filePath(QStringLiteral("mnt"));
        QVERIFY(QDir().mkdir(mountPoint));
        const QByteArray target = QFile::encodeName(mountPoint);
        if (::mount("tmpfs", target.constData(), "tmpfs", 0, "size=1m") != 0)
            QSKIP("cannot mount a tmpfs here");
        const auto unmount = qScopeGuard([&] { ::umount2(target.constData(), MNT_DETACH); });
        const QString inside = mountPoint + QStringLiteral("/data.bin");
        QVERIFY(write(inside, "x"));
        QVERIFY(::mount(nullptr, target.constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0);
        // Root may write any file by its permissions; not on a read-only mount.
        QVERIFY(!Platform::canWriteFile(inside));
        QVERIFY(!Platform::canWriteFile(mountPoint + QStringLiteral("/missing")));
    }

    void fileSystemsAreToldApart()
    {
        QTemporaryDir work;
        const QString a = work.filePath(QStringLiteral("a"));
        const QString b = work.filePath(QStringLiteral("b"));
        QVERIFY(write(a, "a"));
        QVERIFY(write(b, "b"));
        quint64 first = 0, second = 0, proc = 0;
        QVERIFY(Platform::fileSystemOf(a, &first));
        QVERIFY(Platform::fileSystemOf(b, &second));
        QCOMPARE(first, second);
        QVERIFY(Platform::fileSystemOf(QStringLiteral("/proc/self"), &proc));
        QVERIFY(proc != first);
        QVERIFY(!Platform::fileSystemOf(work.filePath(QStringLiteral("missing")), &proc));
        QVERIFY(Platform::syncsWholeFileSystems()); // Linux: syncfs
    }

    void theLocalServerLivesWhereNoOneElseCanReach()
    {
        QTemporaryDir work;
        const QString runtime = work.filePath(QStringLiteral("runtime"));
        const QString lockFolder = work.filePath(QStringLiteral("profile"));
        QVERIFY(QDir().mkdir(runtime));
        QVERIFY(QDir().mkdir(lockFolder));
        const QByteArray oldRuntime = qgetenv("XDG_RUNTIME_DIR");
        const auto restore = qScopeGuard([&] { qputenv("XDG_RUNTIME_DIR", oldRuntime); });
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        QString error;

        // A private runtime folder is the first choice.
        ::chmod(QFile::encodeName(runtime).constData(), 0700);
        QCOMPARE(Platform::localServerName(QStringLiteral("revaer-x"), lockFolder, &error),
            runtime + QStringLiteral("/revaer-x.socket"));

        // One others may enter is passed over: beside the lock, if that is private.
        ::chmod(QFile::encodeName(runtime).constData(), 0777);
        ::chmod(QFile::encodeName(lockFolder).constData(), 0700);
        QCOMPARE(Platform::localServerName(QStringLiteral("revaer-x"), lockFolder, &error),
            lockFolder + QStringLiteral("/revaer.socket"));

        // Neither: a private folder of our own in the temporary folder.
        ::chmod(QFile::encodeName(lockFolder).constData(), 0755);
        const QString name = Platform::localServerName(QStringLiteral("revaer-x"), lockFolder, &error);
        QCOMPARE(name, QDir::tempPath() + QStringLiteral("/revaer-%1/revaer-x.socket").arg(::geteuid()));
        QCOMPARE(modeOf(QFileInfo(name).absolutePath()), mode_t(0700));
    }

    void onlyOurOwnLeftoverSocketIsRemovable()
    {
        QTemporaryDir work;
        ::chmod(QFile::encodeName(work.path()).constData(), 0700);
        const QString path = work.filePath(QStringLiteral("revaer.socket"));
        const QString file = work.filePath(QStringLiteral("not-a-socket"));
        QVERIFY(write(file, "x"));
        QVERIFY(!Platform::isLeftoverLocalServer(file));
        QVERIFY(!Platform::isLeftoverLocalServer(work.filePath(QStringLiteral("missing"))));
        {
            QLocalServer server;
            QVERIFY(server.listen(path));
        }
        // QLocalServer removes its socket when it closes; one left by a crash:
        QLocalServer crashed;
        QVERIFY(crashed.listen(path));
        QVERIFY(Platform::isLeftoverLocalServer(path));
        if (::geteuid() == 0) {
            QVERIFY(::lchown(QFile::encodeName(path).constData(), Nobody, Nobody) == 0);
            QVERIFY(!Platform::isLeftoverLocalServer(path));
        }
    }

    void bothEndsOfALocalConnectionAreThisUser()
    {
        QTemporaryDir work;
        QLocalServer server;
        QVERIFY(server.listen(work.filePath(QStringLiteral("s"))));
        QLocalSocket client;
        client.connectToServer(server.fullServerName());
        QVERIFY(client.waitForConnected(2000));
        QVERIFY(server.waitForNewConnection(2000));
        QLocalSocket *accepted = server.nextPendingConnection();
        QString why;
        QVERIFY(Platform::peerIsThisUser(accepted->socketDescriptor(), Platform::LocalEnd::Server, &why));
        QVERIFY(Platform::peerIsThisUser(client.socketDescriptor(), Platform::LocalEnd::Client, &why));
        QVERIFY(why.isEmpty());
        // (Another account at the other end: app-tst_singleinstance.)
    }
};

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
