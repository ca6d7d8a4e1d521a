#include "metadataprobes.h"

#include "addtorrentrequest.h"
#include "alerttranslator.h"
#include "libtsession.h"
#include "units.h"

#include <QDir>

namespace Revaer {

MetadataProbes::MetadataProbes(
    AlertTranslator *translator, SessionGuard guard, std::function<bool(const TorrentId &)> known, QObject *parent)
    : QObject(parent)
    , m_translator(translator)
    , m_guarded(std::move(guard))
    , m_known(std::move(known))
{
    connect(m_translator, &AlertTranslator::probeMetadata, this, &MetadataProbes::onMetadata);
    connect(m_translator, &AlertTranslator::probeFailed, this, [this](const TorrentId &id, const QString &message) {
        const QString magnet = m_probes.value(id);
        end(id);
        Q_EMIT failed(magnet, tr("Cannot fetch the metadata of “%1”: %2").arg(Units::elided(magnet), message));
    });
}

void MetadataProbes::fetch(const QString &magnet, const QString &defaultSavePath)
{
    if (!m_session) {
        Q_EMIT failed(magnet, tr("The BitTorrent session is not running."));
        return;
    }
    AddTorrentRequest request = AddTorrentRequest::fromMagnet(magnet);
    request.metadataOnly = true;
    // Nothing is downloaded; the folder only has to exist for libtorrent.
    request.savePath = QDir::tempPath();
    AddOutcome outcome;
    if (!m_guarded("fetch metadata", [&] { outcome = m_session->addTorrent(request, defaultSavePath); }))
        return;
    if (!outcome.ok()) {
        Q_EMIT failed(magnet, outcome.error);
        return;
    }
    if (m_known(outcome.id)) {
        Q_EMIT failed(
            magnet, tr("“%1” is already in the list as “%2”.").arg(Units::elided(magnet), m_translator->nameOf(outcome.id)));
        return;
    }
    m_probes.insert(outcome.id, magnet);
    AlertTranslator::Expectation expectation;
    expectation.source = magnet;
    expectation.probe = true;
    m_translator->expect(outcome.id, expectation);
}

void MetadataProbes::onMetadata(const TorrentId &id, const TorrentMetadata &metadata)
{
    const QString magnet = m_probes.value(id);
    QByteArray torrent;
    m_guarded("torrent file", [&] { torrent = m_session->torrentFile(id); });
    end(id);
    if (torrent.isEmpty())
        Q_EMIT failed(magnet, tr("Cannot use the metadata received for “%1”.").arg(Units::elided(magnet)));
    else
        Q_EMIT fetched(magnet, metadata, torrent);
}

void MetadataProbes::cancel(const QString &magnet)
{
    const auto it = std::find_if(m_probes.cbegin(), m_probes.cend(), [&](const QString &m) { return m == magnet; });
    if (it != m_probes.cend())
        end(it.key());
}

void MetadataProbes::end(TorrentId id)
{
    if (m_probes.remove(id) == 0)
        return;
    m_translator->forget(id);
    if (m_session)
        m_guarded("remove metadata fetch", [&] { m_session->removeTorrent(id, RemoveMode::Discard); });
}

void MetadataProbes::sessionEnded()
{
    const QHash<TorrentId, QString> open = std::exchange(m_probes, {});
    for (const QString &magnet : open)
        Q_EMIT failed(magnet, tr("The BitTorrent session stopped before the metadata arrived."));
    m_session = nullptr;
}

} // namespace Revaer
