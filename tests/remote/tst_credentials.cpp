// Where the window keeps a server's password: a real keychain (GNOME Keyring's
// Secret Service on a private D-Bus session bus) or, where none answers, a
// file of the profile only the user can read. The two run in processes of
// their own (REVAER_TEST_KEYCHAIN=1 picks the keychain; see CMakeLists.txt):
// a process keeps the first session bus it talks to.
#include "credentialstore.h"
#include "sessionbus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Revaer;

namespace {

std::optional<QString> readNow(CredentialStore &store, const QString &account)
{
    std::optional<QString> result;
    bool answered = false;
    store.read(account, [&](std::optional<QString> password) {
        result = std::move(password);
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 20'000))
        qFatal("no answer from the credential store");
    return result;
}

CredentialStore::Outcome writeNow(CredentialStore &store, const QString &account, const QString &password)
{
    CredentialStore::Outcome result;
    bool answered = false;
    store.write(account, password, [&](CredentialStore::Outcome outcome) {
        result = std::move(outcome);
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 20'000))
        qFatal("no answer from the credential store");
    return result;
}

void forgetNow(CredentialStore &store, const QString &account)
{
    bool answered = false;
    store.forget(account, [&] { answered = true; });
    if (!QTest::qWaitFor([&] { return answered; }, 20'000))
        qFatal("no answer from the credential store");
}

// A password with what breaks naive storage: quotes, a backslash, a newline.
const QString Password = QStringLiteral("s3cr\"et \\ pass\nwörd");

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;

    static bool keychainRun() { return qEnvironmentVariableIntValue("REVAER_TEST_KEYCHAIN") == 1; }
    QString fallback() const { return m_dir.filePath(QStringLiteral("remote-passwords.json")); }

private Q_SLOTS:
    void cleanupTestCase()
    {
        // Only what this test started, by its own handle.
        TestSupport::stopProcess(m_keyring);
        TestSupport::stopProcess(m_bus);
    }

    void theAccountNamesUserHostAndPort()
    {
        QCOMPARE(CredentialStore::account(QUrl(QStringLiteral("http://nas.local:9091/transmission/rpc")), QStringLiteral("me")),
            QStringLiteral("me@nas.local:9091"));
        QCOMPARE(CredentialStore::account(QUrl(QStringLiteral("https://seedbox.example")), QStringLiteral("me")),
            QStringLiteral("me@seedbox.example:443"));
        QCOMPARE(CredentialStore::account(QUrl(QStringLiteral("http://seedbox.example")), QString()),
            QStringLiteral("@seedbox.example:80"));
    }

    // Run with DBUS_SESSION_BUS_ADDRESS naming no bus.
    void withoutAKeychainAFilePrivateToTheUserKeepsIt()
    {
        if (keychainRun())
            QSKIP("the keychain's run (remote-tst_credentials runs this one)");
        CredentialStore store(fallback());
        const QString account = QStringLiteral("me@nas.local:9091");
        QCOMPARE(readNow(store, account), std::nullopt);
        const CredentialStore::Outcome outcome = writeNow(store, account, Password);
        QVERIFY2(outcome.place == CredentialStore::Place::ProfileFile, qPrintable(outcome.error));
        QVERIFY(store.describe(outcome).contains(fallback()));
        QCOMPARE(
            QFileInfo(fallback()).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
            QFile::Permissions());
        // Another account beside it, and a second store reading the file anew.
        QCOMPARE(writeNow(store, QStringLiteral("other@nas.local:9091"), QStringLiteral("x")).place,
            CredentialStore::Place::ProfileFile);
        CredentialStore again(fallback());
        QCOMPARE(readNow(again, account), std::optional<QString>(Password));
        forgetNow(again, account);
        QCOMPARE(readNow(again, account), std::nullopt);
        QCOMPARE(readNow(again, QStringLiteral("other@nas.local:9091")), std::optional<QString>(QStringLiteral("x")));
        // A garbled or hostile file is no password, and is replaced on the next write.
        QFile::remove(fallback());
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), fallback()));
        QCOMPARE(readNow(again, QStringLiteral("other@nas.local:9091")), std::nullopt);
        QFile::remove(fallback());
        QFile garbled(fallback());
        QVERIFY(garbled.open(QIODevice::WriteOnly));
        garbled.write("{\"me@nas.local:9091\": 42, garbage");
        garbled.close();
        QCOMPARE(readNow(again, account), std::nullopt);
        QCOMPARE(writeNow(again, account, Password).place, CredentialStore::Place::ProfileFile);
        QCOMPARE(readNow(again, account), std::optional<QString>(Password));
    }

    // Starts a D-Bus session bus and GNOME Keyring on it, private to this test.
    void aKeychainKeepsItOutOfTheProfile()
    {
        if (!keychainRun())
            QSKIP("run by remote-tst_credentials-keychain, in a process of its own");
        const QString busDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (busDaemon.isEmpty() || keyringDaemon.isEmpty())
            QSKIP("needs dbus-daemon and gnome-keyring-daemon (scripts/ensure-deps.sh test installs them)");
        const QString runtime = m_dir.filePath(QStringLiteral("run"));
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(runtime) && QDir().mkpath(data));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QByteArray address = TestSupport::startSessionBus(m_bus).toUtf8();
        QVERIFY(address.startsWith("unix:"));
        // Before anything in this process talks to a bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), data);
        m_keyring.setProcessEnvironment(environment);
        m_keyring.start(
            keyringDaemon, {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        QVERIFY(m_keyring.waitForStarted());
        // The login keyring's password: it creates the keyring with it, unlocked.
        m_keyring.write("revaer-test");
        m_keyring.closeWriteChannel();
        QVERIFY2(QTest::qWaitFor([&] { return QFile::exists(data + QStringLiteral("/keyrings/login.keyring")); }, 10'000),
            m_keyring.readAll().constData());

        CredentialStore store(fallback());
        const QString account = QStringLiteral("me@seedbox.example:443");
        const CredentialStore::Outcome outcome = writeNow(store, account, Password);
        QVERIFY2(outcome.place == CredentialStore::Place::Keychain, qPrintable(outcome.error + store.describe(outcome)));
        QVERIFY(!QFile::exists(fallback()));
        CredentialStore again(fallback());
        QCOMPARE(readNow(again, account), std::optional<QString>(Password));
        // The keyring's file holds it, not the profile.
        QVERIFY(QDir(data + QStringLiteral("/keyrings")).entryList(QDir::Files).size() > 0);
        forgetNow(again, account);
        QCOMPARE(readNow(again, account), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
