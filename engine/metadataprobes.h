#pragma once

#include "libtsession.h"
#include "torrentid.h"
#include "torrentmetadata.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace Revaer {

class AlertTranslator;

// Fetches a magnet's metadata without adding the torrent, for the add
// dialog: the magnet joins the session as a hidden "probe" that downloads
// nothing, and leaves it as soon as its metadata (or a failure) arrives, or
// the user gives up. The session's calls go through the worker's guard, so a
// throw becomes the worker's session failure.
class MetadataProbes : public QObject
{
    Q_OBJECT

public:
    // `known` says whether a torrent is in the list or being added.
    MetadataProbes(
        AlertTranslator *translator, SessionGuard guard, std::function<bool(const TorrentId &)> known, QObject *parent = nullptr);

    // The session probes run in; null while there is none.
    void setSession(LibtSession *session) { m_session = session; }
    void fetch(const QString &magnet, const QString &defaultSavePath);
    void cancel(const QString &magnet);
    // The session went away: every open probe fails.
    void sessionEnded();

Q_SIGNALS:
    // `torrent` is a .torrent for the magnet.
    void fetched(const QString &magnet, const Revaer::TorrentMetadata &metadata, const QByteArray &torrent);
    void failed(const QString &magnet, const QString &message);

private:
    void onMetadata(const TorrentId &id, const TorrentMetadata &metadata);
    // By value: callers pass keys of m_probes, which this erases.
    void end(TorrentId id);

    AlertTranslator *m_translator;
    SessionGuard m_guarded;
    std::function<bool(const TorrentId &)> m_known;
    LibtSession *m_session = nullptr;
    QHash<TorrentId, QString> m_probes; // id -> the magnet
};

} // namespace Revaer
