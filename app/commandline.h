#pragma once

#include "engineconfig.h"
#include "profile.h"
#include "rpcconfig.h"
#include "torrentlabels.h"

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace Revaer {

// The command line, shared by the window and headless mode.
struct CommandLine {
    bool showHelp = false;
    bool showVersion = false;
    bool headless = false;
    QString profileDir;
    QString savePath;
    QString incompletePath; // --incomplete-dir (headless)
    std::optional<int> listenPort;
    bool exitWhenDone = false;
    bool stats = false;
    QStringList peers;
    std::optional<int> downloadLimitKiB;
    std::optional<int> uploadLimitKiB;
    QStringList sources;
    TorrentLabels labels; // --category, --tag: for the sources (headless)
    // --rpc-*, --web-ui: remote control for this run, over the settings file's.
    struct Remote {
        std::optional<int> port;
        QString bind;
        QString user;
        QString password; // or REVAER_RPC_PASSWORD from the environment
        QString webUi;
        QString certificate;
        QString key;
        QStringList allowedHosts;
        bool given = false;
    } remote;
    // --connect URL: the window shows and controls the Revaer or
    // transmission-daemon at URL (--rpc-user and the password are its login).
    QString connectUrl;
    // --create-torrent PATH --output FILE ...: make a .torrent and exit.
    enum class TorrentFormat : quint8 { V1, V2, Hybrid };
    struct Create {
        bool given = false;
        QString path;
        QString output;
        QList<QStringList> trackerTiers;
        QStringList webSeeds;
        bool isPrivate = false;
        TorrentFormat format = TorrentFormat::V1;
        int pieceSizeKiB = 0; // 0: from the size
        QString comment;
        QString source;
    } create;
    bool hashPassword = false; // --hash-password: print a hash for Remote/passwordHash and exit
    // Options given that only headless mode uses ("--peer"): the window
    // takes its settings from its own dialogs, and says these were ignored.
    QStringList headlessOnly;
    QString error; // set when the command line cannot be used

    // Parses `arguments` (argv, program name first).
    static CommandLine parse(const QStringList &arguments);
    static QString helpText();
    // The profile to use: --profile DIR, or the standard one.
    Profile profile() const;
    // What the options set for this run, over the settings file.
    CommandLineOverrides overrides() const;
    // The remote control to run: the settings file's `fromFile`, with the
    // --rpc-* options over it (any of them turns it on for this run).
    RpcConfig remoteConfig(RpcConfig fromFile) const;
    // Checks every --peer and resolves host names to addresses (blocking:
    // call before the engine starts). False, with `error` set, when one
    // cannot be used.
    bool resolvePeers();
    // HOST:PORT or [IPv6]:PORT split into a host and a port from 1 to 65535;
    // false when it is not that shape.
    static bool splitPeer(const QString &peer, QString *host, int *port);
};

} // namespace Revaer
