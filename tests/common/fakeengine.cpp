#include "fakeengine.h"

#include "magnetlink.h"

namespace Revaer::Test {

QList<FakeEngine::Call> FakeEngine::callsNamed(const QString &name) const
{
    QList<Call> result;
    for (const Call &call : calls) {
        if (call.name == name)
            result.append(call);
    }
    return result;
}

void FakeEngine::record(const QString &name, const QList<TorrentId> &ids, const QVariantList &args)
{
    calls.append({name, ids, args});
}

void FakeEngine::announce(const TorrentId &id, const QString &name, TorrentState state, qint64 size, qint64 done, bool sequential)
{
    TorrentAddedEvent added;
    added.id = id;
    added.name = name;
    added.savePath = QStringLiteral("/downloads");
    added.hasMetadata = true;
    added.totalSize = size;
    added.addedAt = QDateTime::currentDateTimeUtc();
    added.sequential = sequential;
    m_names.insert(id, name);
    Q_EMIT torrentAdded(added);
    Q_EMIT stateChanged({id, state});
    TorrentProgress p;
    p.id = id;
    p.totalBytes = size;
    p.doneBytes = done;
    p.progress = size > 0 ? float(done) / float(size) : 0;
    Q_EMIT progressUpdated({p});
}

void FakeEngine::addTorrent(const AddTorrentRequest &request)
{
    added.append(request);
    record(QStringLiteral("addTorrent"), {}, {request.source});
}

void FakeEngine::removeTorrents(const QList<TorrentId> &ids, RemoveMode mode)
{
    record(QStringLiteral("removeTorrents"), ids, {mode == RemoveMode::DeleteFiles});
}

void FakeEngine::pauseTorrents(const QList<TorrentId> &ids)
{
    record(QStringLiteral("pauseTorrents"), ids);
}

void FakeEngine::resumeTorrents(const QList<TorrentId> &ids)
{
    record(QStringLiteral("resumeTorrents"), ids);
}

void FakeEngine::setSequential(const QList<TorrentId> &ids, bool sequential)
{
    record(QStringLiteral("setSequential"), ids, {sequential});
}

void FakeEngine::setFilePriorities(const TorrentId &id, const QList<int> &priorities)
{
    QVariantList args;
    for (int p : priorities)
        args.append(p);
    record(QStringLiteral("setFilePriorities"), {id}, args);
}

void FakeEngine::setGlobalLimits(const RateLimits &limits)
{
    record(QStringLiteral("setGlobalLimits"), {}, {limits.downloadLimit, limits.uploadLimit});
}

void FakeEngine::setAltLimits(const RateLimits &limits)
{
    record(QStringLiteral("setAltLimits"), {}, {limits.downloadLimit, limits.uploadLimit});
}

void FakeEngine::setAltLimitsEnabled(bool enabled)
{
    record(QStringLiteral("setAltLimitsEnabled"), {}, {enabled});
}

void FakeEngine::setTorrentLimits(const QList<TorrentId> &ids, const RateLimits &limits)
{
    record(QStringLiteral("setTorrentLimits"), ids, {limits.downloadLimit, limits.uploadLimit});
}

void FakeEngine::setCategory(const QList<TorrentId> &ids, const QString &category)
{
    record(QStringLiteral("setCategory"), ids, {category});
    for (const TorrentId &id : ids) {
        TorrentLabels &labels = this->labels[id];
        if (labels.category != category) {
            labels.category = category;
            Q_EMIT labelsChanged(id, labels);
        }
    }
}

void FakeEngine::setTags(const QList<TorrentId> &ids, const QStringList &tags, TagChange change)
{
    record(QStringLiteral("setTags"), ids, {tags, int(change)});
    for (const TorrentId &id : ids) {
        TorrentLabels &labels = this->labels[id];
        const QStringList changed = Labels::changed(labels.tags, tags, change);
        if (labels.tags != changed) {
            labels.tags = changed;
            Q_EMIT labelsChanged(id, labels);
        }
    }
}

void FakeEngine::moveInQueue(const QList<TorrentId> &ids, QueueMove move)
{
    record(QStringLiteral("moveInQueue"), ids, {int(move)});
}

void FakeEngine::recheckTorrents(const QList<TorrentId> &ids)
{
    record(QStringLiteral("recheckTorrents"), ids);
}

void FakeEngine::moveStorage(const QList<TorrentId> &ids, const QString &savePath)
{
    record(QStringLiteral("moveStorage"), ids, {savePath});
}

void FakeEngine::addPeers(const QList<TorrentId> &ids, const QStringList &peers)
{
    record(QStringLiteral("addPeers"), ids, {peers});
}

void FakeEngine::forceReannounce(const QList<TorrentId> &ids)
{
    record(QStringLiteral("forceReannounce"), ids, {});
}

void FakeEngine::banPeers(const QStringList &addresses)
{
    record(QStringLiteral("banPeers"), {}, {addresses});
}

void FakeEngine::renameFile(const TorrentId &id, int index, const QString &newPath)
{
    record(QStringLiteral("renameFile"), {id}, {index, newPath});
}

void FakeEngine::mergeTrackers(const TorrentId &id, const QStringList &urls)
{
    record(QStringLiteral("mergeTrackers"), {id}, {urls});
}

void FakeEngine::setTrackers(const TorrentId &id, const QStringList &urls)
{
    record(QStringLiteral("setTrackers"), {id}, {urls});
}

void FakeEngine::requestDetails(const QList<TorrentId> &ids)
{
    record(QStringLiteral("requestDetails"), ids);
    QList<TorrentDetails> known;
    for (const TorrentId &id : ids) {
        if (details.contains(id))
            known.append(details.value(id));
    }
    if (!known.isEmpty())
        Q_EMIT detailsReady(known);
}

void FakeEngine::requestMagnetLinks(const QList<TorrentId> &ids)
{
    record(QStringLiteral("requestMagnetLinks"), ids);
    QStringList links;
    for (const TorrentId &id : ids) {
        MagnetLink link = MagnetLink::forId(id);
        link.name = m_names.value(id);
        links.append(link.toString());
    }
    Q_EMIT magnetLinksReady(links);
}

void FakeEngine::fetchMetadata(const QString &magnet)
{
    record(QStringLiteral("fetchMetadata"), {}, {magnet});
}

void FakeEngine::cancelMetadataFetch(const QString &magnet)
{
    record(QStringLiteral("cancelMetadataFetch"), {}, {magnet});
}

void FakeEngine::applySettings(const SessionSettings &settings)
{
    record(QStringLiteral("applySettings"), {},
        {settings.limits.downloadLimit, settings.limits.uploadLimit, settings.enableDht, settings.listenInterfaces});
}

void FakeEngine::setDefaultSavePath(const QString &path)
{
    record(QStringLiteral("setDefaultSavePath"), {}, {path});
}

} // namespace Revaer::Test
