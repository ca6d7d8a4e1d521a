#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QHostInfo>
#include <QUrl>

namespace Revaer {

namespace {

struct Options {
    QCommandLineOption headless {QStringLiteral("headless"),
        QCoreApplication::translate("CommandLine", "Run without a window: download SOURCEs and print progress.")};
    QCommandLineOption profile {QStringLiteral("profile"),
        QCoreApplication::translate("CommandLine", "Keep settings and resume data under DIR."), QStringLiteral("DIR")};
    QCommandLineOption savePath {
        QStringLiteral("save-path"), QCoreApplication::translate("CommandLine", "Download into DIR."), QStringLiteral("DIR")};
    QCommandLineOption listenPort {QStringLiteral("listen-port"),
        QCoreApplication::translate("CommandLine", "Headless mode: accept peers on port N (0 picks a free port)."),
        QStringLiteral("N")};
    QCommandLineOption exitWhenDone {QStringLiteral("exit-when-done"),
        QCoreApplication::translate("CommandLine", "Headless mode: exit once every torrent is complete.")};
    QCommandLineOption stats {
        QStringLiteral("stats"), QCoreApplication::translate("CommandLine", "Print timing figures: restore, stalls, shutdown.")};
    QCommandLineOption peer {QStringLiteral("peer"),
        QCoreApplication::translate("CommandLine",
            "Headless mode: connect to the peer at HOST:PORT for every torrent (restored and remotely added ones too)."),
        QStringLiteral("HOST:PORT")};
    QCommandLineOption downloadLimit {QStringLiteral("download-limit"),
        QCoreApplication::translate("CommandLine", "Headless mode: cap downloads at KIB KiB/s (0 for none)."),
        QStringLiteral("KIB")};
    QCommandLineOption uploadLimit {QStringLiteral("upload-limit"),
        QCoreApplication::translate("CommandLine", "Headless mode: cap uploads at KIB KiB/s (0 for none)."),
        QStringLiteral("KIB")};

    QCommandLineOption category {QStringLiteral("category"),
        QCoreApplication::translate("CommandLine",
            "Headless mode: file the SOURCEs under category NAME (nested with /, as Movies/4K), saved where the category "
            "says."),
        QStringLiteral("NAME")};
    QCommandLineOption incompleteDir {QStringLiteral("incomplete-dir"),
        QCoreApplication::translate(
            "CommandLine", "Headless mode: keep unfinished downloads in DIR and move each to its save folder once complete."),
        QStringLiteral("DIR")};
    QCommandLineOption tag {QStringLiteral("tag"),
        QCoreApplication::translate("CommandLine", "Headless mode: tag the SOURCEs with NAME (repeat for more tags)."),
        QStringLiteral("NAME")};

    QCommandLineOption rpcPort {QStringLiteral("rpc-port"),
        QCoreApplication::translate("CommandLine", "Answer Transmission remote-control clients on port N (0 picks a free port)."),
        QStringLiteral("N")};
    QCommandLineOption rpcBind {QStringLiteral("rpc-bind"),
        QCoreApplication::translate(
            "CommandLine", "Remote control on address ADDR (default 127.0.0.1; any other needs --rpc-user and a password)."),
        QStringLiteral("ADDR")};
    QCommandLineOption rpcUser {QStringLiteral("rpc-user"),
        QCoreApplication::translate("CommandLine", "Remote control: the user name clients must give."), QStringLiteral("USER")};
    QCommandLineOption rpcPassword {QStringLiteral("rpc-password"),
        QCoreApplication::translate("CommandLine",
            "Remote control: the password (other local accounts can read a command line: prefer the "
            "REVAER_RPC_PASSWORD environment variable or Remote/passwordHash in revaer.ini)."),
        QStringLiteral("PASSWORD")};
    QCommandLineOption webUi {QStringLiteral("web-ui"),
        QCoreApplication::translate("CommandLine",
            "Remote control: serve the web client in DIR at /transmission/web/ (for example "
            "/usr/share/transmission/web)."),
        QStringLiteral("DIR")};
    QCommandLineOption rpcCertificate {QStringLiteral("rpc-certificate"),
        QCoreApplication::translate("CommandLine", "Remote control over HTTPS with the PEM certificate in FILE."),
        QStringLiteral("FILE")};
    QCommandLineOption rpcKey {QStringLiteral("rpc-key"),
        QCoreApplication::translate("CommandLine", "The PEM private key of --rpc-certificate."), QStringLiteral("FILE")};
    QCommandLineOption rpcAllowedHost {QStringLiteral("rpc-allowed-host"),
        QCoreApplication::translate("CommandLine",
            "Remote control: also answer requests addressed to host name NAME (IP addresses and localhost always are)."),
        QStringLiteral("NAME")};
    QCommandLineOption connect {QStringLiteral("connect"),
        QCoreApplication::translate("CommandLine",
            "Show and control the Revaer or transmission-daemon at URL (http://host:9091) instead of this computer's "
            "torrents; --rpc-user and its password log in."),
        QStringLiteral("URL")};
    QCommandLineOption createTorrent {QStringLiteral("create-torrent"),
        QCoreApplication::translate("CommandLine", "Make a .torrent of the file or folder PATH (with --output) and exit."),
        QStringLiteral("PATH")};
    QCommandLineOption output {QStringLiteral("output"),
        QCoreApplication::translate("CommandLine", "--create-torrent: write the .torrent to FILE (never over an existing one)."),
        QStringLiteral("FILE")};
    QCommandLineOption tracker {QStringLiteral("tracker"),
        QCoreApplication::translate(
            "CommandLine", "--create-torrent: announce to URL; each --tracker is a tier, URLs joined by commas share one."),
        QStringLiteral("URL")};
    QCommandLineOption webSeed {QStringLiteral("web-seed"),
        QCoreApplication::translate("CommandLine", "--create-torrent: a web seed (HTTP) holding the same files."),
        QStringLiteral("URL")};
    QCommandLineOption privateTorrent {QStringLiteral("private"),
        QCoreApplication::translate("CommandLine", "--create-torrent: private (no DHT, peer exchange or local discovery).")};
    QCommandLineOption v1 {QStringLiteral("v1"),
        QCoreApplication::translate("CommandLine", "--create-torrent: BitTorrent v1, read by every client (the default).")};
    QCommandLineOption v2 {
        QStringLiteral("v2"), QCoreApplication::translate("CommandLine", "--create-torrent: BitTorrent v2 only.")};
    QCommandLineOption hybrid {
        QStringLiteral("hybrid"), QCoreApplication::translate("CommandLine", "--create-torrent: v1 and v2 in one torrent.")};
    QCommandLineOption pieceSize {QStringLiteral("piece-size"),
        QCoreApplication::translate(
            "CommandLine", "--create-torrent: pieces of KIB KiB, a power of two from 16 (default: from the size)."),
        QStringLiteral("KIB")};
    QCommandLineOption comment {QStringLiteral("comment"),
        QCoreApplication::translate("CommandLine", "--create-torrent: a comment."), QStringLiteral("TEXT")};
    QCommandLineOption source {QStringLiteral("source"),
        QCoreApplication::translate("CommandLine", "--create-torrent: the source field some private trackers ask for."),
        QStringLiteral("TEXT")};
    QCommandLineOption hashPassword {QStringLiteral("hash-password"),
        QCoreApplication::translate(
            "CommandLine", "Read a password from standard input and print its hash for Remote/passwordHash in revaer.ini.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate("CommandLine", "Revaer, a BitTorrent client."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({headless, profile, savePath, listenPort, exitWhenDone, stats, peer, downloadLimit, uploadLimit,
            category, incompleteDir, tag, rpcPort, rpcBind, rpcUser, rpcPassword, webUi, rpcCertificate, rpcKey, rpcAllowedHost,
            connect, createTorrent, output, tracker, webSeed, privateTorrent, v1, v2, hybrid, pieceSize, comment, source,
            hashPassword});
        parser.addPositionalArgument(QStringLiteral("SOURCE"),
            QCoreApplication::translate("CommandLine", "A .torrent file or a magnet link."), QStringLiteral("[SOURCE...]"));
    }
};

std::optional<int> parseNumber(const QString &text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.headless = parser.isSet(options.headless);
    result.profileDir = parser.value(options.profile);
    result.savePath = parser.value(options.savePath);
    result.incompletePath = parser.value(options.incompleteDir);
    result.exitWhenDone = parser.isSet(options.exitWhenDone);
    result.stats = parser.isSet(options.stats);
    result.peers = parser.values(options.peer);
    result.sources = parser.positionalArguments();
    QString labelError;
    result.labels.category = Labels::normalCategory(parser.value(options.category), &labelError);
    if (labelError.isEmpty())
        result.labels.tags = Labels::normalTags(parser.values(options.tag), &labelError);
    if (!labelError.isEmpty())
        result.error = labelError;
    for (const QCommandLineOption *option : {&options.listenPort, &options.exitWhenDone, &options.peer, &options.downloadLimit,
             &options.uploadLimit, &options.category, &options.tag, &options.incompleteDir}) {
        if (parser.isSet(*option))
            result.headlessOnly.append(QStringLiteral("--") + option->names().constFirst());
    }

    auto number = [&](const QCommandLineOption &option, int minimum, int maximum, std::optional<int> &target) {
        if (!parser.isSet(option))
            return;
        target = parseNumber(parser.value(option), minimum, maximum);
        if (!target)
            result.error = QCoreApplication::translate("CommandLine", "--%1 takes a whole number from %2 to %3, not “%4”.")
                               .arg(option.names().constFirst())
                               .arg(minimum)
                               .arg(maximum)
                               .arg(parser.value(option));
    };
    number(options.listenPort, 0, 65535, result.listenPort);
    number(options.downloadLimit, 0, 2'000'000, result.downloadLimitKiB);
    number(options.uploadLimit, 0, 2'000'000, result.uploadLimitKiB);
    number(options.rpcPort, 0, 65535, result.remote.port);
    result.remote.bind = parser.value(options.rpcBind);
    result.remote.user = parser.value(options.rpcUser);
    result.remote.password = parser.value(options.rpcPassword);
    if (result.remote.password.isEmpty())
        result.remote.password = qEnvironmentVariable("REVAER_RPC_PASSWORD");
    result.remote.webUi = parser.value(options.webUi);
    result.remote.certificate = parser.value(options.rpcCertificate);
    result.remote.key = parser.value(options.rpcKey);
    result.remote.allowedHosts = parser.values(options.rpcAllowedHost);
    for (const QCommandLineOption *option : {&options.rpcPort, &options.rpcBind, &options.rpcUser, &options.rpcPassword,
             &options.webUi, &options.rpcCertificate, &options.rpcKey, &options.rpcAllowedHost}) {
        result.remote.given = result.remote.given || parser.isSet(*option);
    }
    result.hashPassword = parser.isSet(options.hashPassword);
    if (parser.isSet(options.createTorrent)) {
        CommandLine::Create &create = result.create;
        create.given = true;
        create.path = parser.value(options.createTorrent);
        create.output = parser.value(options.output);
        for (const QString &tier : parser.values(options.tracker)) {
            QStringList urls;
            for (const QString &url : tier.split(QLatin1Char(','), Qt::SkipEmptyParts))
                urls.append(url.trimmed());
            if (!urls.isEmpty())
                create.trackerTiers.append(urls);
        }
        create.webSeeds = parser.values(options.webSeed);
        create.isPrivate = parser.isSet(options.privateTorrent);
        create.comment = parser.value(options.comment);
        create.source = parser.value(options.source);
        const int formats = int(parser.isSet(options.v1)) + int(parser.isSet(options.v2)) + int(parser.isSet(options.hybrid));
        create.format = parser.isSet(options.v2) ? TorrentFormat::V2
            : parser.isSet(options.hybrid)       ? TorrentFormat::Hybrid
                                                 : TorrentFormat::V1;
        std::optional<int> pieceKiB;
        number(options.pieceSize, 16, 256 * 1024, pieceKiB);
        if (pieceKiB && (*pieceKiB & (*pieceKiB - 1)) != 0)
            result.error = QCoreApplication::translate(
                "CommandLine", "--piece-size takes a power of two of KiB (16, 32, ... 262144), not %1.")
                               .arg(*pieceKiB);
        create.pieceSizeKiB = pieceKiB.value_or(0);
        if (formats > 1)
            result.error = QCoreApplication::translate("CommandLine", "Give one of --v1, --v2 and --hybrid.");
        if (create.output.isEmpty())
            result.error = QCoreApplication::translate(
                "CommandLine", "--create-torrent needs --output FILE: where to write the .torrent.");
    }
    result.connectUrl = parser.value(options.connect).trimmed();
    if (!result.connectUrl.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(result.connectUrl);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
            result.error = QCoreApplication::translate(
                "CommandLine", "--connect takes the address of a server, such as http://192.168.1.5:9091, not “%1”.")
                               .arg(result.connectUrl);
        // The login of that server, not a server of our own.
        result.remote.given = parser.isSet(options.rpcPort) || parser.isSet(options.rpcBind) || parser.isSet(options.webUi);
    }
    result.showHelp = parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"));
    result.showVersion = parser.isSet(QStringLiteral("version"));
    return result;
}

QString CommandLine::helpText()
{
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    return parser.helpText();
}

Profile CommandLine::profile() const
{
    return profileDir.isEmpty() ? Profile::standard() : Profile::inDirectory(profileDir);
}

CommandLineOverrides CommandLine::overrides() const
{
    CommandLineOverrides o;
    if (!savePath.isEmpty())
        o.defaultSavePath = QDir(savePath).absolutePath();
    if (!incompletePath.isEmpty())
        o.incompletePath = QDir::cleanPath(QDir(incompletePath).absolutePath());
    if (listenPort)
        o.listenInterfaces = QStringLiteral("0.0.0.0:%1,[::]:%1").arg(*listenPort);
    if (downloadLimitKiB)
        o.downloadLimit = *downloadLimitKiB * 1024;
    if (uploadLimitKiB)
        o.uploadLimit = *uploadLimitKiB * 1024;
    return o;
}

RpcConfig CommandLine::remoteConfig(RpcConfig config) const
{
    if (!remote.given)
        return config;
    config.enabled = true;
    if (remote.port)
        config.port = *remote.port;
    if (!remote.bind.isEmpty())
        config.bindAddress = remote.bind;
    if (!remote.user.isEmpty())
        config.user = remote.user;
    if (!remote.password.isEmpty())
        config.passwordHash = RpcConfig::hashPassword(remote.password);
    if (!remote.webUi.isEmpty())
        config.webUiDir = QDir(remote.webUi).absolutePath();
    if (!remote.certificate.isEmpty())
        config.certificateFile = QDir(remote.certificate).absolutePath();
    if (!remote.key.isEmpty())
        config.keyFile = QDir(remote.key).absolutePath();
    config.allowedHosts += remote.allowedHosts;
    return config;
}

bool CommandLine::splitPeer(const QString &peer, QString *host, int *port)
{
    const qsizetype colon = peer.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString name = peer.left(colon);
    bool portOk = false;
    const int number = peer.mid(colon + 1).toInt(&portOk);
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    else if (name.contains(u':'))
        return false; // an IPv6 address needs its brackets
    if (name.isEmpty() || name.contains(u'[') || name.contains(u']') || !portOk || number < 1 || number > 65535)
        return false;
    *host = name;
    *port = number;
    return true;
}

bool CommandLine::resolvePeers()
{
    QStringList resolved;
    for (const QString &peer : std::as_const(peers)) {
        auto refuse = [&](const QString &why) {
            error = QCoreApplication::translate("CommandLine", "--peer “%1”: %2").arg(peer, why);
            return false;
        };
        QString host;
        int port = 0;
        if (!splitPeer(peer, &host, &port))
            return refuse(QCoreApplication::translate("CommandLine",
                "give HOST:PORT, such as 192.0.2.7:6881, peer.example:6881 or "
                "[2001:db8::7]:6881"));
        QHostAddress address(host);
        if (address.isNull()) {
            const QHostInfo info = QHostInfo::fromName(host);
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
                return refuse(QCoreApplication::translate("CommandLine", "cannot find the address of “%1”: %2")
                                  .arg(host, info.errorString()));
            // IPv4 first: the listen sockets and most peers speak it.
            const QList<QHostAddress> addresses = info.addresses();
            const auto v4 = std::find_if(addresses.cbegin(), addresses.cend(),
                [](const QHostAddress &a) { return a.protocol() == QAbstractSocket::IPv4Protocol; });
            address = v4 != addresses.cend() ? *v4 : addresses.constFirst();
        }
        if (address.isMulticast() || address == QHostAddress::Broadcast || address == QHostAddress::AnyIPv4
            || address == QHostAddress::AnyIPv6)
            return refuse(QCoreApplication::translate("CommandLine", "%1 is not the address of a peer").arg(address.toString()));
        resolved.append(address.protocol() == QAbstractSocket::IPv6Protocol
                ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
                : QStringLiteral("%1:%2").arg(address.toString()).arg(port));
    }
    peers = resolved;
    return true;
}

} // namespace Revaer
