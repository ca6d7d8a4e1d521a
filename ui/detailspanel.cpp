#include "detailspanel.h"

#include "filetreemodel.h"
#include "peerprompt.h"
#include "speedgraph.h"
#include "speedhistory.h"
#include "torrentengine.h"
#include "torrentlistmodel.h"
#include "units.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Revaer {

namespace {

QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat)
                          : QCoreApplication::translate("DetailsPanel", "—");
}

QString trackerStatusText(TrackerDetails::Status status)
{
    switch (status) {
    case TrackerDetails::Status::NotContacted:
        return QCoreApplication::translate("DetailsPanel", "Not contacted yet");
    case TrackerDetails::Status::Updating:
        return QCoreApplication::translate("DetailsPanel", "Updating…");
    case TrackerDetails::Status::Working:
        return QCoreApplication::translate("DetailsPanel", "Working");
    case TrackerDetails::Status::Error:
        return QCoreApplication::translate("DetailsPanel", "Not working");
    case TrackerDetails::Status::Unreachable:
        return QCoreApplication::translate("DetailsPanel", "Not reachable from this address");
    }
    return {};
}

QString peerSourceName(PeerSourceDetails::Kind kind)
{
    switch (kind) {
    case PeerSourceDetails::Kind::Dht:
        return QCoreApplication::translate("DetailsPanel", "DHT");
    case PeerSourceDetails::Kind::Pex:
        return QCoreApplication::translate("DetailsPanel", "PeX (peer exchange)");
    case PeerSourceDetails::Kind::Lsd:
        return QCoreApplication::translate("DetailsPanel", "LSD (local discovery)");
    }
    return {};
}

QString countText(int n)
{
    return n >= 0 ? QString::number(n) : QStringLiteral("—");
}

} // namespace

DetailsPanel::DetailsPanel(TorrentEngine *engine, TorrentListModel *model, QWidget *parent)
    : QTabWidget(parent)
    , m_engine(engine)
    , m_model(model)
    , m_files(new FileTreeModel(this))
    , m_fileView(new QTreeView(this))
    , m_trackers(new QTreeWidget(this))
    , m_peers(new QTreeWidget(this))
    , m_graph(new SpeedGraph(this))
    , m_history(new SpeedHistory(model, this))
{
    setDocumentMode(true);
    addTab(makeGeneralTab(), tr("&General"));
    addTab(makeFilesTab(), tr("&Files"));
    addTab(makeTrackersTab(), tr("&Trackers"));

    m_peers->setHeaderLabels({tr("Address"), tr("Client"), tr("Flags"), tr("Down Speed"), tr("Up Speed"), tr("Progress"),
        tr("Downloaded"), tr("Uploaded")});
    m_peers->setRootIsDecorated(false);
    m_peers->setUniformRowHeights(true);
    m_peers->setSortingEnabled(true);
    m_peers->headerItem()->setToolTip(2, TorrentDetails::flagLegend());
    m_peers->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_peers->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_peers, &QWidget::customContextMenuRequested, this, &DetailsPanel::showPeerMenu);
    addTab(m_peers, tr("&Peers"));
    addTab(m_graph, tr("&Speed"));

    m_refresh.setInterval(1500);
    connect(&m_refresh, &QTimer::timeout, this, &DetailsPanel::refresh);
    // The history is kept for every torrent all along; the graph only shows it.
    connect(m_history, &SpeedHistory::sampled, this, &DetailsPanel::showSpeed);
    connect(this, &QTabWidget::currentChanged, this, &DetailsPanel::showSpeed);
    connect(m_engine, &TorrentEngine::detailsReady, this, [this](const QList<TorrentDetails> &batch) {
        // Answers to a remote client's requests pass by too.
        for (const TorrentDetails &d : batch) {
            if (d.id == m_id)
                onDetails(d);
        }
    });
    connect(m_files, &FileTreeModel::prioritiesEdited, this, [this] {
        if (m_id.isValid())
            m_engine->setFilePriorities(m_id, m_files->priorities());
    });
}

QWidget *DetailsPanel::makeGeneralTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("name"), tr("Name:")},
        {QStringLiteral("status"), tr("Status:")},
        {QStringLiteral("hash"), tr("Info-hash:")},
        {QStringLiteral("savePath"), tr("Save path:")},
        {QStringLiteral("size"), tr("Size:")},
        {QStringLiteral("pieces"), tr("Pieces:")},
        {QStringLiteral("availability"), tr("Availability:")},
        {QStringLiteral("ratio"), tr("Share ratio:")},
        {QStringLiteral("limits"), tr("Speed limits:")},
        {QStringLiteral("comment"), tr("Comment:")},
        {QStringLiteral("creator"), tr("Created by:")},
        {QStringLiteral("added"), tr("Added on:")},
        {QStringLiteral("completed"), tr("Completed on:")},
    };
    for (const auto &[key, label] : rows) {
        auto *value = new QLabel(page);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
        value->setWordWrap(true);
        value->setOpenExternalLinks(false);
        // A long name or path without spaces must not widen the window.
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        form->addRow(label, value);
        m_general.insert(key, value);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // With nothing selected the tab says so instead of showing empty fields.
    auto *hint = new QLabel(tr("Select a torrent to see its details."));
    hint->setAlignment(Qt::AlignCenter);
    hint->setEnabled(false);
    m_generalStack = new QStackedWidget;
    m_generalStack->addWidget(hint);
    m_generalStack->addWidget(scroll);
    return m_generalStack;
}

QWidget *DetailsPanel::makeFilesTab()
{
    m_files->setShowProgress(true);
    m_fileView->setModel(m_files);
    m_fileView->setUniformRowHeights(true);
    m_fileView->setAlternatingRowColors(true);
    m_fileView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_fileView->header()->setSectionResizeMode(FileTreeModel::Name, QHeaderView::Stretch);
    m_fileView->header()->setStretchLastSection(false);
    m_fileView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_fileView, &QWidget::customContextMenuRequested, this, &DetailsPanel::showFileMenu);
    return m_fileView;
}

QWidget *DetailsPanel::makeTrackersTab()
{
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_trackers->setHeaderLabels(
        {tr("URL"), tr("Tier"), tr("Status"), tr("Seeds"), tr("Peers"), tr("Downloaded"), tr("Message"), tr("Next Announce")});
    m_trackers->setRootIsDecorated(true);
    // The URL and the message get the room; the figures need little.
    QHeaderView *header = m_trackers->header();
    header->setStretchLastSection(false);
    const QFontMetrics metrics = m_trackers->fontMetrics();
    const auto fit
        = [&](int column, const QString &widest) { header->resizeSection(column, metrics.horizontalAdvance(widest) + 24); };
    header->resizeSection(Column::TrackerUrl, 250);
    fit(Column::TrackerTier, tr("Tier"));
    fit(Column::TrackerStatus, tr("Not reachable from this address"));
    fit(Column::TrackerSeeds, QStringLiteral("00000"));
    fit(Column::TrackerPeers, QStringLiteral("00000"));
    fit(Column::TrackerDownloaded, tr("Downloaded"));
    fit(Column::TrackerNext, tr("Next Announce"));
    header->setSectionResizeMode(Column::TrackerMessage, QHeaderView::Stretch);
    m_trackers->setUniformRowHeights(true);
    layout->addWidget(m_trackers, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), page);
    auto *edit = new QPushButton(tr("&Edit…"), page);
    auto *remove = new QPushButton(tr("&Remove"), page);
    connect(add, &QPushButton::clicked, this, &DetailsPanel::addTracker);
    connect(edit, &QPushButton::clicked, this, &DetailsPanel::editTracker);
    connect(remove, &QPushButton::clicked, this, &DetailsPanel::removeTracker);
    connect(m_trackers, &QTreeWidget::itemDoubleClicked, this, &DetailsPanel::editTracker);
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    return page;
}

void DetailsPanel::setTorrent(const TorrentId &id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_last = {};
    m_filesShownFor = -1;
    m_filePathsShown.clear();
    m_files->clear();
    m_trackers->clear();
    m_peers->clear();
    for (QLabel *label : std::as_const(m_general))
        label->clear();
    m_generalStack->setCurrentIndex(id.isValid() ? 1 : 0);
    if (!id.isValid()) {
        m_refresh.stop();
        showSpeed();
        return;
    }
    if (const TorrentListModel::Row *row = m_model->find(id)) {
        m_general.value(QStringLiteral("name"))->setText(Units::elided(row->name));
        m_general.value(QStringLiteral("savePath"))->setText(Units::elided(QDir::toNativeSeparators(row->savePath), 1000));
        m_general.value(QStringLiteral("hash"))->setText(id.toString());
    }
    showStatus();
    refresh();
    m_refresh.start();
    showSpeed();
}

void DetailsPanel::showStatus()
{
    QLabel *label = m_general.value(QStringLiteral("status"));
    const TorrentListModel::Row *row = m_model->find(m_id);
    if (!row) {
        label->clear();
        m_general.value(QStringLiteral("limits"))->clear();
        return;
    }
    // The state, and why where the state alone does not say (stalled,
    // queued, waiting to check, an error).
    const QString why = row->error.isEmpty() ? row->reason : row->error;
    const QString state = torrentStateName(row->state);
    label->setText(why.isEmpty() ? state : tr("%1: %2").arg(state, Units::elided(why, 2000)));
    const QString limits = TorrentListModel::limitsText(row->limits);
    m_general.value(QStringLiteral("limits"))->setText(limits.isEmpty() ? tr("none of its own (the global caps apply)") : limits);
}

void DetailsPanel::refresh()
{
    if (m_id.isValid() && isVisible())
        m_engine->requestDetails({m_id});
}

void DetailsPanel::showSpeed()
{
    if (!isVisible() || currentWidget() != m_graph)
        return;
    const TorrentListModel::Row *row = m_id.isValid() ? m_model->find(m_id) : nullptr;
    m_graph->setSamples(m_history->samples(row ? m_id : TorrentId {}), row ? Units::elided(row->name, 80) : tr("All torrents"));
}

void DetailsPanel::onDetails(const TorrentDetails &d)
{
    if (d.id != m_id)
        return;
    m_last = d;

    auto set = [this](const char *key, const QString &text) {
        m_general.value(QString::fromLatin1(key))->setText(Units::elided(text, 2000));
    };
    set("name", Units::elided(d.name));
    QString hashes = d.infoHashV1;
    if (!d.infoHashV2.isEmpty())
        hashes += (hashes.isEmpty() ? QString() : QStringLiteral("\n")) + tr("v2: %1").arg(d.infoHashV2);
    set("hash", hashes.isEmpty() ? d.id.toString() : hashes);
    set("savePath", QDir::toNativeSeparators(d.savePath));
    set("size",
        d.totalSize > 0
            ? tr("%1 (%2 selected, %3 done)")
                  .arg(Units::formatBytes(d.totalSize), Units::formatBytes(d.wantedSize), Units::formatBytes(d.wantedDone))
            : tr("unknown until the metadata arrives"));
    set("pieces",
        d.pieceCount > 0 ? tr("%1 × %2 (have %3)").arg(d.pieceCount).arg(Units::formatBytes(d.pieceLength)).arg(d.piecesHave)
                         : QString());
    set("availability", d.availability >= 0 ? Units::formatDecimal(double(d.availability), 3) : QStringLiteral("—"));
    set("ratio",
        tr("%1 (%2 uploaded, %3 downloaded)")
            .arg(Units::formatDecimal(d.ratio(), 3), Units::formatBytes(d.totalUploaded), Units::formatBytes(d.totalDownloaded)));
    set("comment", d.comment.toHtmlEscaped());
    set("creator", d.creator + (d.creationDate.isValid() ? tr(", %1").arg(dateText(d.creationDate)) : QString()));
    showStatus();
    set("added", dateText(d.addedAt));
    set("completed", dateText(d.completedAt));

    // Files: the tree is built once (again after a rename), then only
    // progress and priorities move.
    if (d.metadata.isValid()) {
        QStringList paths;
        paths.reserve(d.metadata.files.size());
        for (const TorrentFileEntry &file : d.metadata.files)
            paths.append(file.path);
        if (m_filesShownFor != int(d.metadata.files.size()) || paths != m_filePathsShown) {
            m_filesShownFor = int(d.metadata.files.size());
            m_filePathsShown = paths;
            m_files->setFiles(d.metadata, d.filePriorities);
            m_fileView->expandToDepth(0);
            m_fileView->resizeColumnToContents(FileTreeModel::Size);
        } else if (!m_fileView->isPersistentEditorOpen(m_fileView->currentIndex())) {
            m_files->setPriorities(d.filePriorities);
        }
        m_files->setProgress(d.fileProgress);
    }

    showTrackers(d);

    // Peers, keyed by address.
    QHash<QString, QTreeWidgetItem *> existing;
    for (int i = 0; i < m_peers->topLevelItemCount(); ++i)
        existing.insert(m_peers->topLevelItem(i)->text(0), m_peers->topLevelItem(i));
    m_peers->setSortingEnabled(false);
    for (const PeerDetails &p : d.peers) {
        QTreeWidgetItem *item = existing.take(p.address);
        if (!item)
            item = new QTreeWidgetItem(m_peers);
        item->setText(0, p.address);
        item->setText(1, p.client);
        item->setText(2, p.flags);
        item->setText(3, p.downloadRate > 0 ? Units::formatRate(p.downloadRate) : QString());
        item->setText(4, p.uploadRate > 0 ? Units::formatRate(p.uploadRate) : QString());
        item->setText(5, Units::formatPercent(double(p.progress)));
        item->setText(6, Units::formatBytes(p.downloaded));
        item->setText(7, Units::formatBytes(p.uploaded));
    }
    qDeleteAll(existing);
    m_peers->setSortingEnabled(true);
}

void DetailsPanel::showPeerMenu(const QPoint &pos)
{
    if (!m_id.isValid())
        return;
    QStringList addresses;
    for (const QTreeWidgetItem *item : m_peers->selectedItems())
        addresses.append(item->text(0));
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy Address"));
    QAction *ban = menu.addAction(tr("&Ban Peer for This Session…"));
    copy->setEnabled(!addresses.isEmpty());
    ban->setEnabled(!addresses.isEmpty());
    menu.addSeparator();
    QAction *add = menu.addAction(tr("&Add Peers…"));
    const QAction *chosen = menu.exec(m_peers->viewport()->mapToGlobal(pos));
    if (chosen == copy) {
        QGuiApplication::clipboard()->setText(addresses.join(u'\n'));
    } else if (chosen == ban) {
        const auto answer = QMessageBox::question(this, tr("Ban Peers"),
            tr("Refuse %n peer(s) until Revaer quits? Their connections are dropped, for every torrent.", nullptr,
                int(addresses.size()))
                + QStringLiteral("\n\n") + addresses.join(u'\n'));
        if (answer == QMessageBox::Yes)
            m_engine->banPeers(addresses);
    } else if (chosen == add) {
        if (const std::optional<QStringList> peers = askForPeers(this))
            m_engine->addPeers({m_id}, *peers);
    }
}

QString DetailsPanel::relativePathOf(const QModelIndex &index) const
{
    QStringList parts;
    for (QModelIndex i = index.siblingAtColumn(FileTreeModel::Name); i.isValid(); i = i.parent())
        parts.prepend(i.data(Qt::DisplayRole).toString());
    return parts.join(u'/');
}

void DetailsPanel::openPath(const QString &relative)
{
    const QString path = QDir(m_last.savePath).filePath(relative);
    if (!QFileInfo::exists(path)) {
        Q_EMIT problem(tr("Cannot open “%1”: it is not on disk yet (not downloaded, skipped, or moved).")
                           .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        Q_EMIT problem(tr("Cannot open “%1”: no program answered for it.").arg(QDir::toNativeSeparators(path)));
}

void DetailsPanel::showFileMenu(const QPoint &pos)
{
    if (!m_id.isValid() || m_files->fileCount() == 0)
        return;
    QModelIndexList rows = m_fileView->selectionModel()->selectedRows(FileTreeModel::Name);
    const QModelIndex at = m_fileView->indexAt(pos);
    if (rows.isEmpty() && at.isValid())
        rows = {at.siblingAtColumn(FileTreeModel::Name)};
    if (rows.isEmpty())
        return;
    const QModelIndex first = rows.constFirst();
    const bool isFile = first.data(FileTreeModel::FileIndexRole).toInt() >= 0 && m_files->rowCount(first) == 0;
    QMenu menu(this);
    QMenu *priority = menu.addMenu(tr("&Priority"));
    for (const int p : {FilePriority::Skip, FilePriority::Normal, FilePriority::High}) {
        priority->addAction(FileTreeModel::priorityName(p), this, [this, rows, p] {
            for (const QModelIndex &row : rows)
                m_files->setData(row.siblingAtColumn(FileTreeModel::Priority), p, Qt::EditRole);
        });
    }
    menu.addSeparator();
    const QString relative = relativePathOf(first);
    menu.addAction(isFile ? tr("&Open") : tr("&Open Folder"), this, [this, relative] { openPath(relative); });
    menu.addAction(tr("Open &Containing Folder"), this, [this, relative] {
        const int slash = relative.lastIndexOf(u'/');
        openPath(slash < 0 ? QString() : relative.left(slash));
    });
    QAction *rename = menu.addAction(tr("&Rename…"), this, [this, first] { renameFileOrFolder(first); });
    rename->setEnabled(rows.size() == 1);
    menu.exec(m_fileView->viewport()->mapToGlobal(pos));
}

void DetailsPanel::renameFileOrFolder(const QModelIndex &index)
{
    const QString oldPath = relativePathOf(index);
    const QString oldName = index.siblingAtColumn(FileTreeModel::Name).data().toString();
    bool ok = false;
    const QString newName = QInputDialog::getText(this, tr("Rename"), tr("New name:"), QLineEdit::Normal, oldName, &ok).trimmed();
    if (!ok || newName.isEmpty() || newName == oldName)
        return;
    if (newName.contains(u'/') || newName.contains(u'\\') || newName == QStringLiteral(".") || newName == QStringLiteral("..")) {
        Q_EMIT problem(tr("Cannot rename “%1” to “%2”: a name cannot hold / or \\, nor be . or ..").arg(oldName, newName));
        return;
    }
    const int slash = oldPath.lastIndexOf(u'/');
    const QString newPath = (slash < 0 ? QString() : oldPath.left(slash + 1)) + newName;
    // A file is one rename; a folder is one per file under it.
    const QList<TorrentFileEntry> &files = m_last.metadata.files;
    for (const TorrentFileEntry &file : files) {
        if (file.path == oldPath)
            m_engine->renameFile(m_id, file.index, newPath);
        else if (file.path.startsWith(oldPath + u'/'))
            m_engine->renameFile(m_id, file.index, newPath + file.path.mid(oldPath.size()));
    }
    refresh();
}

QStringList DetailsPanel::trackerUrls() const
{
    QStringList urls;
    for (const TrackerDetails &t : m_last.trackers)
        urls.append(t.url);
    return urls;
}

int DetailsPanel::trackerIndexOf(const QTreeWidgetItem *item) const
{
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, TrackerIndexRole).toInt() : -1;
}

void DetailsPanel::showTrackers(const TorrentDetails &d)
{
    // DHT, PeX and LSD first, as rows of their own; then each tracker, with
    // a row per local address it is announced from. Updated in place so the
    // selection and the expanded rows stay.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto countdown = [&now](const QDateTime &when, TrackerDetails::Status status) {
        if (status == TrackerDetails::Status::Updating)
            return tr("announcing…");
        if (!when.isValid())
            return QString();
        return Units::formatDuration(std::max<qint64>(0, now.secsTo(when)));
    };
    auto fill = [&](QTreeWidgetItem *item, const auto &t) {
        item->setText(Column::TrackerStatus, trackerStatusText(t.status));
        item->setText(Column::TrackerSeeds, countText(t.seeds));
        item->setText(Column::TrackerPeers, countText(t.peers));
        item->setText(Column::TrackerDownloaded, countText(t.downloaded));
        item->setText(Column::TrackerMessage, t.message);
        item->setToolTip(Column::TrackerMessage, t.message);
        item->setText(Column::TrackerNext, countdown(t.nextAnnounce, t.status));
    };
    int row = 0;
    auto itemAt = [this](QTreeWidgetItem *parent, int i) {
        const int count = parent ? parent->childCount() : m_trackers->topLevelItemCount();
        if (i < count)
            return parent ? parent->child(i) : m_trackers->topLevelItem(i);
        return parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_trackers);
    };
    for (const PeerSourceDetails &source : d.peerSources) {
        QTreeWidgetItem *item = itemAt(nullptr, row++);
        item->setData(0, TrackerIndexRole, -1);
        item->setText(Column::TrackerUrl, peerSourceName(source.kind));
        item->setText(Column::TrackerTier, QString());
        item->setText(Column::TrackerStatus,
            source.enabled              ? tr("Working")
                : source.privateTorrent ? tr("Off: the torrent is private")
                                        : tr("Off in Settings"));
        item->setText(Column::TrackerSeeds, QString());
        item->setText(Column::TrackerPeers, source.enabled ? QString::number(source.peers) : QString());
        item->setText(Column::TrackerDownloaded, QString());
        item->setText(Column::TrackerMessage, QString());
        item->setText(Column::TrackerNext, QString());
        qDeleteAll(item->takeChildren());
    }
    for (qsizetype i = 0; i < d.trackers.size(); ++i) {
        const TrackerDetails &t = d.trackers.at(i);
        QTreeWidgetItem *item = itemAt(nullptr, row++);
        item->setData(0, TrackerIndexRole, int(i));
        item->setText(Column::TrackerUrl, t.url);
        item->setToolTip(Column::TrackerUrl, t.url);
        item->setText(Column::TrackerTier, QString::number(t.tier));
        fill(item, t);
        // One row per address only when there is more than one to tell apart.
        const bool perAddress = t.endpoints.size() > 1;
        int child = 0;
        for (const TrackerEndpointDetails &e : t.endpoints) {
            if (!perAddress)
                break;
            QTreeWidgetItem *sub = itemAt(item, child++);
            sub->setText(Column::TrackerUrl, e.ipv6 ? tr("IPv6 (%1)").arg(e.address) : tr("IPv4 (%1)").arg(e.address));
            fill(sub, e);
        }
        while (item->childCount() > child)
            delete item->takeChild(item->childCount() - 1);
    }
    while (m_trackers->topLevelItemCount() > row)
        delete m_trackers->takeTopLevelItem(m_trackers->topLevelItemCount() - 1);
    // The URLs fit their column (up to a third of the panel; the tooltip has the rest).
    if (m_trackersWidthFor != d.id || m_trackersShown != row) {
        m_trackersWidthFor = d.id;
        m_trackersShown = row;
        m_trackers->resizeColumnToContents(Column::TrackerUrl);
        const int most = std::max(250, m_trackers->viewport()->width() / 3);
        if (m_trackers->header()->sectionSize(Column::TrackerUrl) > most)
            m_trackers->header()->resizeSection(Column::TrackerUrl, most);
    }
}

void DetailsPanel::addTracker()
{
    if (!m_id.isValid())
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add Trackers"), tr("Tracker URLs, one per line:"), {}, &ok);
    if (!ok)
        return;
    QStringList urls = trackerUrls();
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QString url = line.trimmed();
        if (!url.isEmpty() && !urls.contains(url))
            urls.append(url);
    }
    m_engine->setTrackers(m_id, urls);
    refresh();
}

void DetailsPanel::editTracker()
{
    const int index = trackerIndexOf(m_trackers->currentItem());
    QStringList urls = trackerUrls();
    if (!m_id.isValid() || index < 0 || index >= urls.size())
        return;
    bool ok = false;
    const QString url
        = QInputDialog::getText(this, tr("Edit Tracker"), tr("Tracker URL:"), QLineEdit::Normal, urls.at(index), &ok).trimmed();
    if (!ok || url.isEmpty())
        return;
    urls[index] = url;
    m_engine->setTrackers(m_id, urls);
    refresh();
}

void DetailsPanel::removeTracker()
{
    const int index = trackerIndexOf(m_trackers->currentItem());
    QStringList urls = trackerUrls();
    if (!m_id.isValid() || index < 0 || index >= urls.size())
        return;
    urls.removeAt(index);
    m_engine->setTrackers(m_id, urls);
    refresh();
}

} // namespace Revaer
