#include "commandline.h"
#include "completionprogram.h"
#include "createtorrentcommand.h"
#include "credentialstore.h"
#include "desktopintegration.h"
#include "folderwatcher.h"
#include "headlessrunner.h"
#include "libtorrentengine.h"
#include "mainwindow.h"
#include "notificationbanner.h"
#include "profile.h"
#include "remotecontrol.h"
#include "remoteengine.h"
#include "revaer_version.h"
#include "settingsstore.h"
#include "signalwatcher.h"
#include "singleinstance.h"
#include "translations.h"
#include "uiresources.h"
#include "windowstats.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <memory>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("revaer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVAER_VERSION_STRING));
}

#ifdef Q_OS_WIN
// The Windows executable is a GUI one (no console window on a double-click);
// output goes to the console it was started from, if any.
void attachToParentConsole()
{
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
}
#endif

// Headless mode, --help and --version need no window system.
bool needsNoWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option :
            {"--headless", "--help", "-h", "--help-all", "--version", "-v", "--hash-password", "--create-torrent"}) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// Prints help, version or a command-line error; returns the exit code, or -1 to go on.
int handleCommandLine(const Revaer::CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (commandLine.showHelp) {
        out << Revaer::CommandLine::helpText();
        return 0;
    }
    if (commandLine.showVersion) {
        out << "revaer " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (!commandLine.error.isEmpty()) {
        err << "revaer: " << commandLine.error << Qt::endl << "Run “revaer --help” for the options." << Qt::endl;
        return 2;
    }
    if (commandLine.create.given)
        return Revaer::createTorrentFromCommandLine(commandLine.create, out, err);
    if (commandLine.hashPassword) {
        // One line from standard input (echo 'secret' | revaer --hash-password).
        const QString password = QTextStream(stdin).readLine();
        if (password.isEmpty()) {
            err << "revaer: give the password on standard input, for example: echo 'secret' | revaer --hash-password" << Qt::endl;
            return 2;
        }
        out << "passwordHash=" << Revaer::RpcConfig::hashPassword(password) << Qt::endl
            << "(put this line in the [Remote] section of revaer.ini, with user=NAME and enabled=true)" << Qt::endl;
        return 0;
    }
    return -1;
}

QString profileInUse(const Revaer::Profile &profile, qint64 pid)
{
    return QStringLiteral("another Revaer (PID %1) is using %2. Stop it first, or use another --profile.")
        .arg(pid)
        .arg(profile.displayName());
}

// A problem that stops Revaer before its window exists: on stderr, and in a
// message box for someone who double-clicked (no one sees an offscreen one).
int refuseToStart(const QString &message)
{
    QTextStream(stderr) << "revaer: " << message << Qt::endl;
    if (QGuiApplication::platformName() != u"offscreen")
        QMessageBox::critical(nullptr, QStringLiteral("Revaer"), message);
    return 2;
}

// `revaer --connect URL`: the window on a server elsewhere. Its own window
// settings (remote.ini beside revaer.ini), no lock on the profile (a local
// Revaer may be running on it) and no engine of its own.
int runConnected(const Revaer::CommandLine &commandLine, const Revaer::Profile &profile)
{
    Revaer::SettingsStore settings(QFileInfo(profile.settingsFile()).absolutePath() + QStringLiteral("/remote.ini"));
    Revaer::installTranslations(qApp, settings.language());
    Revaer::RemoteEngine::Server server;
    server.url = QUrl::fromUserInput(commandLine.connectUrl);
    server.user = commandLine.remote.user;
    server.password = commandLine.remote.password;
    // The password: given (File > Connect to Server passes it in the
    // environment), or the one remembered for this user at this server.
    Revaer::CredentialStore credentials(
        QFileInfo(profile.settingsFile()).absolutePath() + QStringLiteral("/remote-passwords.json"));
    const QString account = Revaer::CredentialStore::account(server.url, server.user);
    if (server.password.isEmpty() && !server.user.isEmpty()) {
        bool answered = false;
        QEventLoop loop; // a keychain may ask the user to unlock it first
        credentials.read(account, [&](std::optional<QString> password) {
            server.password = password.value_or(QString());
            answered = true;
            loop.quit();
        });
        if (!answered)
            loop.exec();
    }
    // HTTPS: the certificate trusted the first time, by server.
    const QString serverKey = QStringLiteral("%1:%2").arg(server.url.host()).arg(server.url.port(443));
    server.pinnedCertificate = settings.section(QStringLiteral("Certificates")).value(serverKey).toByteArray();
    Revaer::RemoteEngine engine(server);
    Revaer::MainWindow window(&engine, &settings);
    QObject::connect(&engine, &Revaer::RemoteEngine::certificateSeen, &window,
        [&engine, &settings, &window, serverKey](const QByteArray &sha256, const QString &subject, bool trusted) {
            auto pin = [&] {
                QVariantHash pins = settings.section(QStringLiteral("Certificates"));
                pins.insert(serverKey, sha256);
                settings.setSection(QStringLiteral("Certificates"), pins);
            };
            if (trusted) {
                pin();
                return;
            }
            const auto answer = QMessageBox::question(&window, QCoreApplication::translate("main", "Unknown Certificate"),
                QCoreApplication::translate("main",
                    "%1 shows a certificate no authority vouches for (“%2”). Its SHA-256 fingerprint:\n\n%3\n\n"
                    "Trust it if the server's owner confirms this fingerprint. Revaer then accepts this certificate "
                    "only, and refuses any other from this server.")
                    .arg(serverKey, subject, QString::fromLatin1(sha256)));
            if (answer != QMessageBox::Yes)
                return;
            pin();
            engine.pinCertificate(sha256);
        });
    window.showRemote(engine.serverName(),
        Revaer::RemoteEngine::unsupportedActions() << QStringLiteral("openFolder") << QStringLiteral("connectServer"));
    QObject::connect(&engine, &Revaer::TorrentEngine::started, &window,
        [&window, sources = commandLine.sources] { window.addSources(sources); });
    // Once the server took the password: kept (REVAER_RPC_REMEMBER=1, the
    // dialog's "Remember the password") or forgotten (=0); unset leaves it be.
    const QString remember = qEnvironmentVariable("REVAER_RPC_REMEMBER");
    QObject::connect(
        &engine, &Revaer::TorrentEngine::started, &credentials,
        [&credentials, &engine, account, remember, password = server.password] {
            if (remember == QLatin1String("0")) {
                credentials.forget(account);
            } else if (remember == QLatin1String("1") && !password.isEmpty()) {
                credentials.write(account, password, [&credentials, &engine](const Revaer::CredentialStore::Outcome &outcome) {
                    Q_EMIT engine.message({{}, {}, credentials.describe(outcome), false,
                        outcome.place == Revaer::CredentialStore::Place::Nowhere ? Revaer::EngineMessage::Severity::Warning
                                                                                 : Revaer::EngineMessage::Severity::Notice});
                });
            }
        },
        Qt::SingleShotConnection);
    engine.start();
    window.show();
    Revaer::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &Revaer::SignalWatcher::terminationRequested, &window, [&window] { window.quit(); });
    const int code = QApplication::exec();
    engine.stop();
    return code;
}

} // namespace

int main(int argc, char **argv)
{
#ifdef Q_OS_WIN
    attachToParentConsole(); // for headless mode, --help and --version
#endif
    setApplicationIdentity();
    if (needsNoWindow(argc, argv)) {
        QCoreApplication app(argc, argv);
        // Output read by scripts: figures in the C locale ("1.50 MiB"),
        // whatever LANG says.
        QLocale::setDefault(QLocale::c());
        Revaer::CommandLine commandLine = Revaer::CommandLine::parse(QCoreApplication::arguments());
        if (const int code = handleCommandLine(commandLine); code >= 0)
            return code;
        if (!commandLine.resolvePeers()) {
            QTextStream(stderr) << "revaer: " << commandLine.error << Qt::endl;
            return 2;
        }
        // Headless mode never shares its profile: two engines on one resume
        // folder would overwrite each other's files.
        const Revaer::Profile profile = commandLine.profile();
        if (const QString problem = profile.prepare(); !problem.isEmpty()) {
            QTextStream(stderr) << "revaer: " << problem << Qt::endl;
            return 2;
        }
        Revaer::SingleInstance instance(profile);
        QString lockError;
        switch (instance.tryBecomePrimary(&lockError)) {
        case Revaer::SingleInstance::Lock::Primary:
            break;
        case Revaer::SingleInstance::Lock::InUse:
            QTextStream(stderr) << "revaer: " << profileInUse(profile, instance.primaryPid()) << Qt::endl;
            return 2;
        case Revaer::SingleInstance::Lock::Failed:
            QTextStream(stderr) << "revaer: " << lockError << Qt::endl;
            return 2;
        }
        Revaer::HeadlessRunner runner(commandLine);
        if (!runner.start())
            return 2;
        return QCoreApplication::exec();
    }

    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Revaer"));
    Revaer::initUiResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/revaer.svg")));
    QApplication::setQuitOnLastWindowClosed(false); // the tray keeps it running
    const Revaer::CommandLine commandLine = Revaer::CommandLine::parse(QCoreApplication::arguments());
    if (const int code = handleCommandLine(commandLine); code >= 0)
        return code;

    const Revaer::Profile profile = commandLine.profile();
    if (const QString problem = profile.prepare(); !problem.isEmpty())
        return refuseToStart(problem);
    if (!commandLine.connectUrl.isEmpty())
        return runConnected(commandLine, profile);
    // A second launch hands its sources to the Revaer already running on
    // this profile, which adds them and comes to the front.
    Revaer::SingleInstance instance(profile);
    QString lockError;
    switch (instance.tryBecomePrimary(&lockError)) {
    case Revaer::SingleInstance::Lock::Primary:
        break;
    case Revaer::SingleInstance::Lock::InUse: {
        QString error;
        if (instance.handOver(Revaer::SingleInstance::absoluteSources(commandLine.sources), &error)) {
            QTextStream(stdout) << "revaer: handed " << commandLine.sources.size()
                                << " source(s) to the Revaer already running (PID " << instance.primaryPid() << ")" << Qt::endl;
            return 0;
        }
        return refuseToStart(QCoreApplication::translate("main",
            "Revaer is already running on %1 (PID %2), but it did not take "
            "the torrents: %3. Add them from its window (File > Open).")
                                 .arg(profile.displayName())
                                 .arg(instance.primaryPid())
                                 .arg(error));
    }
    case Revaer::SingleInstance::Lock::Failed:
        return refuseToStart(lockError);
    }
    // Without the socket the window works; only other launches cannot reach it.
    QString listenError;
    const bool listening = instance.listen(&listenError);
    // The one owner of revaer.ini: a file that cannot be read is set aside
    // before anything reads it; the language comes first, so that every
    // message after it is in the user's.
    Revaer::SettingsStore settings(profile.settingsFile());
    Revaer::installTranslations(&app, settings.language());
    Revaer::EngineConfig base;
    base.defaultSavePath = commandLine.savePath.isEmpty() ? Revaer::Profile::standardDownloadsDir() : commandLine.savePath;
    base.resumeDir = profile.resumeDir();
    settings.load(base);

    Revaer::LibtorrentEngine engine(settings.engineConfig());
    settings.attach(&engine);
    Revaer::MainWindow window(&engine, &settings);
    // Remote control beside the window, on the same engine: made before the
    // engine starts (its mirror sees every restored torrent), serving when
    // the settings or --rpc-* say so, and again whenever Settings change it.
    Revaer::RemoteControl remote(&engine, &settings);
    // The program the user wants run when a torrent completes.
    Revaer::CompletionRunner completion(&engine, [&settings] { return settings.completionCommand(); });
    QObject::connect(&completion, &Revaer::CompletionRunner::message, &window, [&window](const Revaer::EngineMessage &message) {
        window.banner()->post(Revaer::NotificationBanner::Level::Warning, message.message);
    });
    // Watched folders add torrents as the window does; their problems in its banner.
    Revaer::FolderWatcher watcher(&engine, {});
    watcher.follow(&settings);
    QObject::connect(&watcher, &Revaer::FolderWatcher::message, &window, [&window](const Revaer::EngineMessage &message) {
        window.banner()->post(message.severity == Revaer::EngineMessage::Severity::Error
                ? Revaer::NotificationBanner::Level::Error
                : Revaer::NotificationBanner::Level::Warning,
            message.message);
    });
    auto serveRemote = [&remote, &settings, &commandLine, &window] {
        const Revaer::RpcConfig config
            = commandLine.remoteConfig(Revaer::RpcConfig::fromSection(settings.section(QStringLiteral("Remote"))));
        remote.stop();
        if (!config.enabled)
            return;
        QString error;
        if (!remote.start(config, &error))
            window.banner()->post(Revaer::NotificationBanner::Level::Warning,
                QCoreApplication::translate("main", "Remote control is off: %1").arg(error));
    };
    QObject::connect(&settings, &Revaer::SettingsStore::sectionChanged, &remote, [serveRemote](const QString &name) {
        if (name == QLatin1String("Remote"))
            serveRemote();
    });
    // session-close from a client: quit as the tray's Quit does, once it has its answer.
    QObject::connect(&remote, &Revaer::RemoteControl::closeRequested, &window,
        [&window] { QTimer::singleShot(100, &window, &Revaer::MainWindow::quit); });
    engine.start();
    window.show();
    serveRemote();
    for (const QString &problem : settings.startupProblems())
        window.banner()->post(Revaer::NotificationBanner::Level::Warning, problem);
    if (!commandLine.headlessOnly.isEmpty()) {
        window.banner()->post(Revaer::NotificationBanner::Level::Warning,
            QCoreApplication::translate("main",
                "%1 apply to headless mode only (revaer --headless) and were ignored: "
                "the window takes them from Settings and the status bar.")
                .arg(commandLine.headlessOnly.join(QStringLiteral(", "))));
    }
    window.addSources(commandLine.sources);
    // Once per profile: say how to make Revaer open magnet links and .torrent files.
    if (!settings.offeredDefaultHandler()) {
        settings.setOfferedDefaultHandler(true);
        if (!Revaer::DesktopIntegration::isDefaultHandler()) {
            window.banner()->post(Revaer::NotificationBanner::Level::Info,
                QCoreApplication::translate("main",
                    "Magnet links and .torrent files do not open in Revaer yet: "
                    "Settings > Interface makes it the default."));
        }
    }
    if (!listening) {
        window.banner()->post(Revaer::NotificationBanner::Level::Warning,
            QCoreApplication::translate("main",
                "Magnet links and .torrent files opened from the desktop cannot "
                "reach this window (%1); open them with File > Open or drop "
                "them here.")
                .arg(listenError));
    }
    QObject::connect(&instance, &Revaer::SingleInstance::sourcesReceived, &window, [&window](const QStringList &sources) {
        window.showNormal();
        window.raise();
        window.activateWindow();
        window.addSources(sources);
    });
    if (commandLine.stats)
        new Revaer::WindowStats(sinceStart, &window, &engine, &window);
    // SIGINT and SIGTERM (a logout, a service manager, Ctrl+C) quit cleanly,
    // with every resume file flushed, as the tray's Quit does.
    Revaer::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &Revaer::SignalWatcher::terminationRequested, &window, [&window] { window.quit(); });
    const int code = QApplication::exec();
    QElapsedTimer stopping;
    stopping.start();
    engine.stop();
    if (commandLine.stats)
        QTextStream(stdout) << "stats: shutdown took " << stopping.elapsed() << " ms" << Qt::endl;
    return code;
}
