#include "torrentfileparser.h"

#include "ltconvert.h"
#include "safefile.h"
#include "units.h"

#include <libtorrent/load_torrent.hpp>
#include <libtorrent/magnet_uri.hpp>

#include <QCoreApplication>

namespace Revaer {

QByteArray TorrentFileParser::readFile(const QString &path, QString *error)
{
    SafeFile::ReadResult file = SafeFile::read(path, MaxTorrentFileBytes);
    switch (file.status) {
    case SafeFile::ReadResult::Status::Ok:
        return std::move(file.data);
    case SafeFile::ReadResult::Status::Missing:
        *error = QCoreApplication::translate(
            "TorrentFileParser", "Cannot add “%1”: the file does not exist. Check the path, or download the .torrent file again.")
                     .arg(Units::elided(path));
        break;
    case SafeFile::ReadResult::Status::Unusable:
        *error
            = QCoreApplication::translate("TorrentFileParser", "Cannot add %1. Choose the .torrent file itself.").arg(file.error);
        break;
    }
    return {};
}

QString TorrentFileParser::emptyFileMessage(const QString &source)
{
    return QCoreApplication::translate(
        "TorrentFileParser", "Cannot add “%1”: the file is empty. Download the .torrent file again.")
        .arg(Units::elided(source));
}

QString TorrentFileParser::invalidTorrentMessage(const QString &source, const QString &reason)
{
    return QCoreApplication::translate("TorrentFileParser",
        "Cannot add “%1”: it is not a valid torrent file (%2). "
        "Download the .torrent file again, or check that it is a torrent file.")
        .arg(Units::elided(source), reason);
}

QString TorrentFileParser::invalidMagnetMessage(const QString &source, const QString &reason)
{
    return QCoreApplication::translate(
        "TorrentFileParser", "Cannot add magnet link “%1”: %2. Copy the whole link again from where you found it.")
        .arg(Units::elided(source), reason);
}

TorrentFileParser::Result TorrentFileParser::parseTorrent(const QByteArray &data, const QString &source)
{
    Result result;
    if (data.isEmpty()) {
        result.error = emptyFileMessage(source);
        return result;
    }
    try {
        const lt::add_torrent_params params = lt::load_torrent_buffer(lt::span<const char>(data.constData(), data.size()));
        result.id = Lt::idFromParams(params);
        result.metadata = Lt::metadataFromTorrentInfo(*params.ti);
        // load_torrent_buffer moves the trackers out of the torrent_info.
        if (result.metadata.trackers.isEmpty()) {
            for (const std::string &tracker : params.trackers)
                result.metadata.trackers.append(Lt::toQString(tracker));
        }
    } catch (const lt::system_error &e) {
        result.error = invalidTorrentMessage(source, Lt::errorText(e.code()));
    }
    return result;
}

TorrentFileParser::Result TorrentFileParser::parseMagnet(const QString &uri)
{
    Result result;
    lt::error_code ec;
    const lt::add_torrent_params params = lt::parse_magnet_uri(Lt::toStdString(uri), ec);
    if (ec) {
        result.error = invalidMagnetMessage(uri, Lt::errorText(ec));
        return result;
    }
    result.id = Lt::idFromParams(params);
    result.metadata.name = Lt::toQString(params.name);
    for (const std::string &tracker : params.trackers)
        result.metadata.trackers.append(Lt::toQString(tracker));
    for (const lt::tcp::endpoint &peer : params.peers) {
        const QString address = Lt::toQString(peer.address().to_string());
        result.peers.append(peer.address().is_v6() ? QStringLiteral("[%1]:%2").arg(address).arg(peer.port())
                                                   : QStringLiteral("%1:%2").arg(address).arg(peer.port()));
    }
    return result;
}

} // namespace Revaer
