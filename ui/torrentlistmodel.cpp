#include "torrentlistmodel.h"

#include "labelsidebar.h"
#include "torrentengine.h"
#include "units.h"

#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

#include <utility>

#include <algorithm>
#include <limits>

namespace Revaer {

namespace {

QString stateIcon(TorrentState state)
{
    switch (state) {
    case TorrentState::CheckingResume:
    case TorrentState::Checking:
        return QStringLiteral(":/icons/checking.svg");
    case TorrentState::FetchingMetadata:
    case TorrentState::Downloading:
        return QStringLiteral(":/icons/downloading.svg");
    case TorrentState::Seeding:
        return QStringLiteral(":/icons/seeding.svg");
    case TorrentState::Paused:
        return QStringLiteral(":/icons/pause.svg");
    case TorrentState::Queued:
        return QStringLiteral(":/icons/queued.svg");
    case TorrentState::Error:
        return QStringLiteral(":/icons/errored.svg");
    case TorrentState::StalledDownloading:
    case TorrentState::StalledSeeding:
        return QStringLiteral(":/icons/stalled.svg");
    case TorrentState::Moving:
        return QStringLiteral(":/icons/move.svg");
    }
    return {};
}

// The state's icon, and for a selected row the same on a light badge: the
// icons' dark strokes vanish on a dark selection colour otherwise.
QIcon makeStateIcon(TorrentState state)
{
    const QIcon plain(stateIcon(state));
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 48}) {
        const QPixmap normal = plain.pixmap(size, size);
        icon.addPixmap(normal, QIcon::Normal);
        QPixmap selected(size, size);
        selected.fill(Qt::transparent);
        QPainter painter(&selected);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRoundedRect(QRectF(0, 0, size, size), size / 4.0, size / 4.0);
        const int inset = std::max(1, size / 10);
        painter.drawPixmap(QRect(inset, inset, size - 2 * inset, size - 2 * inset), normal);
        painter.end();
        icon.addPixmap(selected, QIcon::Selected);
    }
    return icon;
}

const QIcon &cachedIcon(TorrentState state)
{
    // One QIcon per state, shared by every row.
    static QHash<int, QIcon> icons;
    auto it = icons.find(int(state));
    if (it == icons.end())
        it = icons.insert(int(state), makeStateIcon(state));
    return *it;
}

double ratioOf(const TorrentProgress &p)
{
    return p.totalDownloaded > 0 ? double(p.totalUploaded) / double(p.totalDownloaded) : 0.0;
}

QString peersText(int connected, int known)
{
    return known > connected ? QStringLiteral("%1 (%2)").arg(connected).arg(known) : QString::number(connected);
}

} // namespace

TorrentListModel::TorrentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(250);
    connect(&m_countsTimer, &QTimer::timeout, this, [this] {
        Q_EMIT countsChanged();
        if (std::exchange(m_labelCountsDirty, false))
            Q_EMIT labelCountsChanged();
    });
}

void TorrentListModel::attach(TorrentEngine *engine)
{
    connect(engine, &TorrentEngine::torrentAdded, this, &TorrentListModel::onTorrentAdded);
    connect(engine, &TorrentEngine::filesDiscovered, this, &TorrentListModel::onFilesDiscovered);
    connect(engine, &TorrentEngine::progressUpdated, this, &TorrentListModel::onProgress);
    connect(engine, &TorrentEngine::stateChanged, this, &TorrentListModel::onStateChanged);
    connect(engine, &TorrentEngine::message, this, &TorrentListModel::onMessage);
    connect(engine, &TorrentEngine::torrentRemoved, this, &TorrentListModel::onRemoved);
    connect(engine, &TorrentEngine::storageMoved, this, &TorrentListModel::onStorageMoved);
    connect(engine, &TorrentEngine::torrentLimitsChanged, this, &TorrentListModel::onTorrentLimitsChanged);
    connect(engine, &TorrentEngine::labelsChanged, this, &TorrentListModel::onLabelsChanged);
    connect(engine, &TorrentEngine::queueChanged, this, &TorrentListModel::onQueueChanged);
}

int TorrentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TorrentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TorrentListModel::Row *TorrentListModel::find(const TorrentId &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

QList<TorrentId> TorrentListModel::ids() const
{
    QList<TorrentId> result;
    result.reserve(m_rows.size());
    for (const Row &row : m_rows)
        result.append(row.id);
    return result;
}

QVariant TorrentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const TorrentProgress &p = r.progress;
    const qint64 size = p.totalBytes > 0 ? p.totalBytes : r.size;

    switch (role) {
    case IdRole:
        return QVariant::fromValue(r.id);
    case StateRole:
        return int(r.state);
    case ProgressRole:
        return double(p.progress);
    case ErrorRole:
        return r.error;
    case ReasonRole:
        return r.reason;
    case Qt::DecorationRole:
        return index.column() == Name ? QVariant(cachedIcon(r.state)) : QVariant();
    case Qt::ToolTipRole:
        if (!r.error.isEmpty() && (index.column() == Name || index.column() == Status))
            return Units::elided(r.error, 2000);
        if (index.column() == Status && !r.reason.isEmpty())
            return tr("%1: %2").arg(torrentStateName(r.state), Units::elided(r.reason, 2000));
        if (index.column() == Name)
            return Units::elided(r.name, 2000);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Size:
        case DownSpeed:
        case UpSpeed:
        case Eta:
        case Seeds:
        case Peers:
        case Ratio:
        case Queue:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case SortRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Size:
            return size;
        case Progress:
            return double(p.progress);
        case Status:
            return int(r.state);
        case DownSpeed:
            return p.downloadRate;
        case UpSpeed:
            return p.uploadRate;
        case Eta:
            return p.etaSeconds < 0 ? std::numeric_limits<qint64>::max() : p.etaSeconds;
        case Seeds:
            return qint64(p.connectedSeeds) * 1'000'000 + p.knownSeeds;
        case Peers:
            return qint64(p.connectedPeers) * 1'000'000 + p.knownPeers;
        case Ratio:
            return ratioOf(p);
        case AddedOn:
            return r.addedAt;
        case SavePath:
            return r.savePath;
        case Queue:
            return queueSortKey(r.queuePosition);
        case Limits:
            return r.limits.downloadLimit * 2 + r.limits.uploadLimit; // capped ones together, by their download cap
        case Category:
            return r.labels.category;
        case Tags:
            return r.labels.tags.join(QStringLiteral(", "));
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return Units::elided(r.name);
        case Size:
            return size > 0 ? Units::formatBytes(size) : QString();
        case Progress:
            return Units::formatPercent(double(p.progress));
        case Status:
            return torrentStateName(r.state);
        case DownSpeed:
            return p.downloadRate > 0 ? Units::formatRate(p.downloadRate) : QString();
        case UpSpeed:
            return p.uploadRate > 0 ? Units::formatRate(p.uploadRate) : QString();
        case Eta:
            return p.etaSeconds >= 0 ? Units::formatDuration(p.etaSeconds) : QString();
        case Seeds:
            return peersText(p.connectedSeeds, p.knownSeeds);
        case Peers:
            return peersText(p.connectedPeers, p.knownPeers);
        case Ratio:
            return Units::formatDecimal(ratioOf(p), 2);
        case AddedOn:
            return QLocale().toString(r.addedAt.toLocalTime(), QLocale::ShortFormat);
        case SavePath:
            return QDir::toNativeSeparators(r.savePath);
        case Queue:
            return r.queuePosition >= 0 ? QString::number(r.queuePosition + 1) : QString();
        case Limits:
            return limitsText(r.limits);
        case Category:
            return r.labels.category;
        case Tags:
            return r.labels.tags.join(QStringLiteral(", "));
        }
        return {};
    default:
        return {};
    }
}

QVariant TorrentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Size:
        return tr("Size");
    case Progress:
        return tr("Progress");
    case Status:
        return tr("Status");
    case DownSpeed:
        return tr("Down Speed");
    case UpSpeed:
        return tr("Up Speed");
    case Eta:
        return tr("ETA");
    case Seeds:
        return tr("Seeds");
    case Peers:
        return tr("Peers");
    case Ratio:
        return tr("Ratio");
    case AddedOn:
        return tr("Added On");
    case SavePath:
        return tr("Save Path");
    case Queue:
        return tr("#");
    case Limits:
        return tr("Speed Limits");
    case Category:
        return tr("Category");
    case Tags:
        return tr("Tags");
    }
    return {};
}

Qt::ItemFlags TorrentListModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList TorrentListModel::mimeTypes() const
{
    return {LabelSidebar::torrentIdsMimeType()};
}

QMimeData *TorrentListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row()))
            rows.append(index.row());
    }
    QByteArray ids;
    for (int row : std::as_const(rows))
        ids += m_rows.at(row).id.toString().toLatin1() + '\n';
    auto *data = new QMimeData;
    data->setData(LabelSidebar::torrentIdsMimeType(), ids);
    return data;
}

QHash<StatusFilter, int> TorrentListModel::counts() const
{
    QHash<StatusFilter, int> counts;
    const QList<StatusFilter> filters = allStatusFilters();
    for (StatusFilter f : filters)
        counts.insert(f, 0);
    for (const Row &r : m_rows) {
        for (StatusFilter f : filters) {
            if (statusFilterMatches(f, r.state, r.progress, r.hasMetadata))
                ++counts[f];
        }
    }
    return counts;
}

void TorrentListModel::setUpdatesSuspended(bool suspended)
{
    if (m_suspended == suspended)
        return;
    m_suspended = suspended;
    if (!suspended && m_changedWhileSuspended && !m_rows.isEmpty()) {
        m_changedWhileSuspended = false;
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        scheduleCounts();
    }
}

void TorrentListModel::scheduleCounts(bool labels)
{
    m_labelCountsDirty = m_labelCountsDirty || labels;
    if (!m_countsTimer.isActive())
        m_countsTimer.start();
}

void TorrentListModel::announceRows(QList<int> rows, int firstColumn, int lastColumn)
{
    m_lastBatchSignals = 0;
    if (rows.isEmpty())
        return;
    if (m_suspended) {
        m_changedWhileSuspended = true;
        return;
    }
    // Most rows changed: one signal for the table is cheaper than many.
    if (rows.size() * 2 > m_rows.size()) {
        m_lastBatchSignals = 1;
        Q_EMIT dataChanged(index(0, firstColumn), index(int(m_rows.size()) - 1, lastColumn));
        return;
    }
    std::sort(rows.begin(), rows.end());
    qsizetype start = 0;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i == rows.size() || rows.at(i) != rows.at(i - 1) + 1) {
            ++m_lastBatchSignals;
            Q_EMIT dataChanged(index(rows.at(start), firstColumn), index(rows.at(i - 1), lastColumn));
            start = i;
        }
    }
}

void TorrentListModel::onTorrentAdded(const TorrentAddedEvent &event)
{
    const int existing = rowOf(event.id);
    if (existing >= 0) {
        // Restored again after a session restart: refresh what it says.
        Row &r = m_rows[existing];
        r.name = event.name;
        r.savePath = event.savePath;
        r.sequential = event.sequential;
        r.hasMetadata = event.hasMetadata;
        r.limits = event.limits;
        r.labels = event.labels;
        if (event.totalSize > 0)
            r.size = event.totalSize;
        announceRows({existing}, 0, ColumnCount - 1);
        scheduleCounts(true);
        return;
    }
    Row r;
    r.id = event.id;
    r.name = event.name;
    r.source = event.source;
    r.savePath = event.savePath;
    r.size = event.totalSize;
    r.addedAt = event.addedAt;
    r.sequential = event.sequential;
    r.hasMetadata = event.hasMetadata;
    r.limits = event.limits;
    r.labels = event.labels;
    r.state = event.hasMetadata ? TorrentState::CheckingResume : TorrentState::FetchingMetadata;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(std::move(r));
    m_rowById.insert(event.id, row);
    endInsertRows();
    scheduleCounts(true);
}

void TorrentListModel::onFilesDiscovered(const FilesDiscoveredEvent &event)
{
    const int row = rowOf(event.id);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.name = event.metadata.name;
    r.hasMetadata = true;
    qint64 wanted = 0;
    for (const TorrentFileEntry &file : event.metadata.files) {
        if (!file.padFile && (file.index >= event.filePriorities.size() || event.filePriorities.at(file.index) > 0))
            wanted += file.size;
    }
    r.size = wanted > 0 ? wanted : event.metadata.totalSize;
    announceRows({row}, 0, ColumnCount - 1);
}

void TorrentListModel::onProgress(const QList<TorrentProgress> &batch)
{
    QList<int> rows;
    rows.reserve(batch.size());
    for (const TorrentProgress &p : batch) {
        const int row = rowOf(p.id);
        if (row < 0)
            continue;
        m_rows[row].progress = p;
        rows.append(row);
    }
    // The name, the status and what follows the status do not come with progress.
    announceRows(std::move(rows), Size, Ratio);
    scheduleCounts();
}

void TorrentListModel::onStateChanged(const TorrentStateEvent &event)
{
    const int row = rowOf(event.id);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.state = event.state;
    r.reason = event.state == TorrentState::Error ? QString() : event.reason;
    if (event.state != TorrentState::Error)
        r.error.clear();
    announceRows({row}, 0, ColumnCount - 1);
    scheduleCounts();
}

void TorrentListModel::onMessage(const EngineMessage &event)
{
    if (event.severity != EngineMessage::Severity::Error)
        return; // only an error stops a torrent
    const int row = rowOf(event.id);
    if (row < 0)
        return;
    m_rows[row].error = event.message;
    announceRows({row}, Name, Status);
}

void TorrentListModel::onRemoved(const TorrentRemovedEvent &event)
{
    const int row = rowOf(event.id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowById.remove(event.id);
    for (int i = row; i < m_rows.size(); ++i)
        m_rowById[m_rows.at(i).id] = i;
    endRemoveRows();
    scheduleCounts(true);
}

void TorrentListModel::onQueueChanged(const QList<TorrentId> &order)
{
    QHash<TorrentId, int> position;
    position.reserve(order.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        position.insert(order.at(i), int(i));
    QList<int> changed;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const int now = position.value(m_rows.at(row).id, -1);
        if (m_rows.at(row).queuePosition != now) {
            m_rows[row].queuePosition = now;
            changed.append(row);
        }
    }
    announceRows(std::move(changed), Queue, Queue);
}

QString TorrentListModel::limitsText(const RateLimits &limits)
{
    QStringList parts;
    if (limits.downloadLimit > 0)
        parts.append(tr("↓ %1").arg(Units::formatRate(limits.downloadLimit)));
    if (limits.uploadLimit > 0)
        parts.append(tr("↑ %1").arg(Units::formatRate(limits.uploadLimit)));
    return parts.join(u' ');
}

void TorrentListModel::onTorrentLimitsChanged(const TorrentId &id, const RateLimits &limits)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[row].limits = limits;
    announceRows({row}, Limits, Limits);
}

void TorrentListModel::onLabelsChanged(const TorrentId &id, const TorrentLabels &labels)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[row].labels = labels;
    announceRows({row}, Category, Tags);
    scheduleCounts(true);
}

QHash<QString, int> TorrentListModel::categoryCounts() const
{
    QHash<QString, int> counts;
    for (const Row &r : m_rows)
        ++counts[r.labels.category];
    return counts;
}

QHash<QString, int> TorrentListModel::tagCounts() const
{
    QHash<QString, int> counts;
    for (const Row &r : m_rows) {
        if (r.labels.tags.isEmpty())
            ++counts[QString()];
        for (const QString &tag : r.labels.tags)
            ++counts[tag];
    }
    return counts;
}

void TorrentListModel::onStorageMoved(const TorrentId &id, const QString &savePath)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[row].savePath = savePath;
    announceRows({row}, SavePath, SavePath);
}

} // namespace Revaer
