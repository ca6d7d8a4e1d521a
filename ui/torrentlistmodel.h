#pragma once

#include "engineevents.h"
#include "statusfilter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <limits>

namespace Revaer {

class TorrentEngine;

// The transfer list: one row per torrent, fed by the engine's batched
// signals (which arrive on the GUI thread through queued connections).
// DisplayRole is formatted text; SortRole holds the raw value the proxy
// sorts on. Rows are found by id in O(1); a batch of changes becomes one
// dataChanged() per contiguous span of rows, or one for the whole table when
// most rows changed; while the view is hidden no dataChanged() is emitted.
class TorrentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Size,
        Progress,
        Status,
        DownSpeed,
        UpSpeed,
        Eta,
        Seeds,
        Peers,
        Ratio,
        AddedOn,
        SavePath,
        Queue, // the position in the download queue ("#"); shown first by default
        Limits, // the torrent's own caps, when it has any
        Category,
        Tags,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value (qint64, double, QDateTime, QString)
        IdRole, // the TorrentId
        StateRole, // TorrentState as int
        ProgressRole, // 0..1 as double
        ErrorRole, // the last error message, empty when none
        ReasonRole, // why it is stalled, queued or checking; empty when the state says it all
    };

    struct Row {
        TorrentId id;
        QString name;
        QString source;
        QString savePath;
        qint64 size = 0;
        TorrentProgress progress;
        TorrentState state = TorrentState::CheckingResume;
        QDateTime addedAt;
        QString error;
        QString reason; // from the state event: why stalled, queued, waiting to check
        RateLimits limits;
        bool sequential = false;
        bool hasMetadata = false;
        int queuePosition = -1; // 0 is first; -1 when not queued (finished)
        TorrentLabels labels;
    };

    explicit TorrentListModel(QObject *parent = nullptr);

    // Connects to the engine's events (queued, on this model's thread).
    void attach(TorrentEngine *engine);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Rows drag as their ids (LabelSidebar::torrentIdsMimeType()), to be dropped on a category or tag.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    int rowOf(const TorrentId &id) const { return m_rowById.value(id, -1); }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    const Row *find(const TorrentId &id) const;
    // Sorts queued torrents in queue order, then those not queued.
    static int queueSortKey(int queuePosition) { return queuePosition >= 0 ? queuePosition : std::numeric_limits<int>::max(); }
    QList<TorrentId> ids() const;

    // Torrents per status filter, for the sidebar.
    QHash<StatusFilter, int> counts() const;
    // Torrents filed directly under each category ("" for none), and with
    // each tag ("" for those without any), for the sidebar.
    QHash<QString, int> categoryCounts() const;
    QHash<QString, int> tagCounts() const;

    // While suspended (the window is hidden) data changes are stored but not
    // announced; resuming announces everything once.
    void setUpdatesSuspended(bool suspended);
    bool updatesSuspended() const { return m_suspended; }

    // The engine's events (public for tests and benchmarks).
    void onTorrentAdded(const Revaer::TorrentAddedEvent &event);
    void onFilesDiscovered(const Revaer::FilesDiscoveredEvent &event);
    void onProgress(const QList<Revaer::TorrentProgress> &batch);
    void onStateChanged(const Revaer::TorrentStateEvent &event);
    void onMessage(const Revaer::EngineMessage &event);
    void onRemoved(const Revaer::TorrentRemovedEvent &event);
    void onStorageMoved(const Revaer::TorrentId &id, const QString &savePath);
    void onTorrentLimitsChanged(const Revaer::TorrentId &id, const Revaer::RateLimits &limits);
    void onLabelsChanged(const Revaer::TorrentId &id, const Revaer::TorrentLabels &labels);
    // "↓ 1.00 MiB/s ↑ 200 KiB/s"; empty without caps.
    static QString limitsText(const RateLimits &limits);
    void onQueueChanged(const QList<Revaer::TorrentId> &order);

    // How many dataChanged() signals the last batch produced (benchmarks).
    int lastBatchSignals() const { return m_lastBatchSignals; }

Q_SIGNALS:
    // The counts per status changed (at most every 250 ms).
    void countsChanged();
    // The counts per category and tag (or the number of rows) changed, at
    // most every 250 ms; not for progress, which changes no label.
    void labelCountsChanged();

private:
    void announceRows(QList<int> rows, int firstColumn, int lastColumn);
    // `labels`: rows came or went, or their labels changed.
    void scheduleCounts(bool labels = false);

    QList<Row> m_rows;
    QHash<TorrentId, int> m_rowById;
    bool m_suspended = false;
    bool m_changedWhileSuspended = false;
    int m_lastBatchSignals = 0;
    QTimer m_countsTimer;
    bool m_labelCountsDirty = false;
};

} // namespace Revaer
