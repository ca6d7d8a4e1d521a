#include "addtorrentdialog.h"

#include "settingsstore.h"
#include "uiresources.h"

#include "backend/torrentfileparser.h"
#include "filetreemodel.h"
#include "torrentengine.h"
#include "units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStorageInfo>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace Revaer {

namespace {

// `path` itself when it exists, else its nearest existing parent: the folder
// that decides whether it can be created and which disk it is on.
QFileInfo nearestExisting(const QString &path)
{
    QFileInfo where(path);
    while (!where.exists() && where.absolutePath() != where.absoluteFilePath())
        where.setFile(where.absolutePath());
    return where;
}

// Edits a file's priority with a combo box.
class PriorityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (int p : {FilePriority::Skip, FilePriority::Normal, FilePriority::High})
            box->addItem(FileTreeModel::priorityName(p), p);
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        const int at = box->findData(index.data(FileTreeModel::PriorityRole).toInt());
        box->setCurrentIndex(at >= 0 ? at : 1);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

// The file tree sorted (folders before files when by name) and filtered by
// name; a folder stays while anything under it matches.
class FileFilterProxy : public QSortFilterProxyModel
{
public:
    explicit FileFilterProxy(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        setSortRole(FileTreeModel::SortRole);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        setRecursiveFilteringEnabled(true);
        setSortCaseSensitivity(Qt::CaseInsensitive);
        setSortLocaleAware(true);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() == FileTreeModel::Name) {
            const bool leftFolder = sourceModel()->hasChildren(left);
            const bool rightFolder = sourceModel()->hasChildren(right);
            if (leftFolder != rightFolder)
                return sortOrder() == Qt::AscendingOrder ? leftFolder : rightFolder;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

AddTorrentDialog::AddTorrentDialog(TorrentEngine *engine, SettingsStore *settings, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_settings(settings)
    , m_files(new FileTreeModel(this))
    , m_pages(new QStackedWidget(this))
    , m_name(new QLabel(this))
    , m_hash(new QLabel(this))
    , m_waiting(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_savePath(new QComboBox(this))
    , m_space(new QLabel(this))
    , m_category(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_paused(new QCheckBox(tr("Start &paused"), this))
    , m_sequential(new QCheckBox(tr("Download in &sequential order"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_addNow(new QPushButton(tr("Add &Without Waiting"), this))
{
    initUiResources();
    setWindowTitle(tr("Add Torrent"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/add-torrent.svg")));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    // A magnet's dn can be a megabyte without a space: these labels take the
    // width the dialog has, never more.
    for (QLabel *label : {m_name, m_hash, m_waiting, m_space})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hash->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_sorted = new FileFilterProxy(this);
    m_sorted->setSourceModel(m_files);
    m_tree->setModel(m_sorted);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(FileTreeModel::Name, Qt::AscendingOrder);
    m_tree->setItemDelegateForColumn(FileTreeModel::Priority, new PriorityDelegate(m_tree));
    m_tree->setColumnHidden(FileTreeModel::Progress, true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_tree->header()->setSectionResizeMode(FileTreeModel::Name, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    // The priority column fits its longest choice ("Do not download").
    int widest = 0;
    for (int p : {FilePriority::Skip, FilePriority::Normal, FilePriority::High})
        widest = std::max(widest, m_tree->fontMetrics().horizontalAdvance(FileTreeModel::priorityName(p)));
    m_tree->header()->setMinimumSectionSize(40);
    m_priorityWidth = widest + 48; // the combo box's arrow and margins
    m_tree->header()->resizeSection(FileTreeModel::Priority, m_priorityWidth);

    m_fileFilter = new QLineEdit(this);
    m_fileFilter->setObjectName(QStringLiteral("fileFilter"));
    m_fileFilter->setPlaceholderText(tr("Filter files by name…"));
    m_fileFilter->setClearButtonEnabled(true);
    connect(m_fileFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_sorted->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
    });

    auto *filesPage = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(filesPage);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(m_fileFilter);
    filesLayout->addWidget(m_tree);
    auto *selectRow = new QHBoxLayout;
    auto *all = new QPushButton(tr("Select &All"), filesPage);
    auto *none = new QPushButton(tr("Select &None"), filesPage);
    connect(all, &QPushButton::clicked, this, [this] { m_files->setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_files->setAllChecked(false); });
    selectRow->addWidget(all);
    selectRow->addWidget(none);
    selectRow->addStretch();
    filesLayout->addLayout(selectRow);

    auto *waitingPage = new QWidget(this);
    auto *waitingLayout = new QVBoxLayout(waitingPage);
    m_waiting->setAlignment(Qt::AlignCenter);
    m_waiting->setWordWrap(true);
    waitingLayout->addStretch();
    waitingLayout->addWidget(m_waiting);
    waitingLayout->addStretch();
    m_pages->addWidget(filesPage);
    m_pages->addWidget(waitingPage);

    m_savePath->setEditable(true);
    m_savePath->setInsertPolicy(QComboBox::NoInsert);
    m_savePath->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // A folder that cannot be used now (its disk gone, no permission any
    // more, a file in its place) is not offered again.
    QStringList recent;
    for (const QString &folder : m_settings->recentSavePaths()) {
        if (usableFolder(folder))
            recent.append(folder);
    }
    m_savePath->addItems(recent);
    const QString defaultSavePath = m_settings->engineConfig().defaultSavePath;
    const QString last = m_settings->lastSavePath();
    setSavePath(!last.isEmpty() && usableFolder(last) ? last : defaultSavePath);
    auto *browseButton = new QPushButton(QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &AddTorrentDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_savePath);
    pathRow->addWidget(browseButton);
    connect(m_savePath, &QComboBox::currentTextChanged, this, &AddTorrentDialog::updateSpace);
    connect(m_files, &FileTreeModel::prioritiesEdited, this, &AddTorrentDialog::updateSpace);

    // The box is for this torrent; only the setting ticks it for every one.
    m_paused->setObjectName(QStringLiteral("startPaused"));
    m_paused->setChecked(m_settings->startPaused());

    // A category: the defined ones and any typed; picking one moves the save
    // folder to the category's (the user may still change it after).
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->addItem(QString());
    for (const CategoryDefinition &category : m_settings->categories())
        m_category->addItem(category.name);
    m_category->lineEdit()->setPlaceholderText(tr("none"));
    connect(m_category, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        QString error;
        const QString category = Labels::normalCategory(text, &error);
        if (error.isEmpty() && !category.isEmpty())
            setSavePath(m_settings->savePathFor(category));
    });
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("separated by commas"));

    auto *form = new QFormLayout;
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Save to:"), pathRow);
    form->addRow(QString(), m_space);
    form->addRow(tr("Tags:"), m_tags);
    auto *options = new QHBoxLayout;
    options->addWidget(m_paused);
    options->addWidget(m_sequential);
    options->addStretch();

    m_buttons->addButton(m_addNow, QDialogButtonBox::ActionRole);
    m_addNow->setVisible(false);
    connect(m_addNow, &QPushButton::clicked, this, [this] {
        // Add the magnet as it is; files can be chosen once the metadata arrives.
        m_engine->cancelMetadataFetch(m_magnet);
        AddTorrentRequest r = AddTorrentRequest::fromMagnet(m_magnet);
        r.savePath = savePath();
        r.paused = m_paused->isChecked();
        r.sequential = m_sequential->isChecked();
        if (!labels(&r.labels))
            return;
        m_settings->place(r);
        m_magnet.clear();
        m_engine->addTorrent(r);
        QDialog::accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddTorrentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddTorrentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_hash);
    layout->addWidget(m_pages, 1);
    layout->addLayout(form);
    layout->addLayout(options);
    layout->addWidget(m_buttons);
    resize(720, 520);

    connect(m_engine, &TorrentEngine::metadataFetched, this, &AddTorrentDialog::onMetadataFetched);
    connect(m_engine, &TorrentEngine::metadataFetchFailed, this, &AddTorrentDialog::onMetadataFailed);
}

AddTorrentDialog::~AddTorrentDialog()
{
    if (!m_magnet.isEmpty())
        m_engine->cancelMetadataFetch(m_magnet);
}

bool AddTorrentDialog::openTorrentFile(const QString &path, QString *error)
{
    error->clear();
    const QByteArray data = TorrentFileParser::readFile(path, error);
    return error->isEmpty() && openTorrentData(data, path, error);
}

bool AddTorrentDialog::openTorrentData(const QByteArray &data, const QString &source, QString *error)
{
    const TorrentFileParser::Result parsed = TorrentFileParser::parseTorrent(data, source);
    if (!parsed.ok()) {
        *error = parsed.error;
        return false;
    }
    m_source = source;
    m_torrentData = data;
    m_hash->setText(tr("Info-hash: %1").arg(parsed.id.toString()));
    showMetadata(parsed.metadata);
    return true;
}

bool AddTorrentDialog::openMagnet(const QString &uri, QString *error)
{
    const TorrentFileParser::Result parsed = TorrentFileParser::parseMagnet(uri);
    if (!parsed.ok()) {
        *error = parsed.error;
        return false;
    }
    m_source = uri;
    m_magnet = uri;
    m_magnetPeers = parsed.peers;
    m_magnetTrackers = parsed.metadata.trackers;
    m_name->setText(parsed.metadata.name.isEmpty() ? tr("Magnet link") : Units::elided(parsed.metadata.name));
    m_hash->setText(tr("Info-hash: %1").arg(parsed.id.toString()));
    m_waiting->setText(tr("Fetching the list of files from peers…\n\nYou can wait, or add the torrent now and choose "
                          "its files later."));
    m_pages->setCurrentIndex(1);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_addNow->setVisible(true);
    updateSpace();
    m_engine->fetchMetadata(uri);
    return true;
}

bool AddTorrentDialog::waitingForMetadata() const
{
    return !m_magnet.isEmpty() && !m_haveMetadata;
}

void AddTorrentDialog::showMetadata(const TorrentMetadata &metadata)
{
    m_haveMetadata = true;
    m_name->setText(Units::elided(metadata.name));
    m_files->setFiles(metadata, {});
    m_tree->expandToDepth(0);
    m_tree->resizeColumnToContents(FileTreeModel::Size);
    m_tree->resizeColumnToContents(FileTreeModel::Priority);
    if (m_tree->header()->sectionSize(FileTreeModel::Priority) < m_priorityWidth)
        m_tree->header()->resizeSection(FileTreeModel::Priority, m_priorityWidth);
    m_pages->setCurrentIndex(0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_addNow->setVisible(false);
    updateSpace();
}

void AddTorrentDialog::onMetadataFetched(const QString &magnet, const TorrentMetadata &metadata, const QByteArray &torrent)
{
    if (magnet != m_magnet)
        return;
    m_torrentData = torrent;
    m_magnet.clear();
    showMetadata(metadata);
}

void AddTorrentDialog::onMetadataFailed(const QString &magnet, const QString &message)
{
    if (magnet != m_magnet)
        return;
    m_magnet.clear();
    m_waiting->setText(Units::elided(message, 1000));
    m_addNow->setVisible(false);
}

QString AddTorrentDialog::savePath() const
{
    return QDir::cleanPath(QDir::fromNativeSeparators(m_savePath->currentText().trimmed()));
}

void AddTorrentDialog::setSavePath(const QString &path)
{
    m_savePath->setCurrentText(QDir::toNativeSeparators(path));
}

void AddTorrentDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Save To"), savePath());
    if (!dir.isEmpty())
        setSavePath(dir);
}

bool AddTorrentDialog::usableFolder(const QString &path)
{
    if (path.isEmpty() || QDir::isRelativePath(path))
        return false;
    // A folder that exists and can be written, or one whose nearest existing
    // parent is a folder that can be (it will be made).
    const QFileInfo where = nearestExisting(path);
    return where.isDir() && where.isWritable();
}

QString AddTorrentDialog::saveProblem() const
{
    const QString path = savePath();
    if (path.isEmpty() || QDir::isRelativePath(path))
        return tr("Choose the folder to save to (a full path).");
    // A folder that does not exist yet is created, if its nearest existing
    // parent can be written to.
    const QFileInfo where = nearestExisting(path);
    if (!where.isDir())
        return tr("Cannot save to “%1”: “%2” is a file, not a folder. Choose another folder.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(where.absoluteFilePath()));
    if (!where.isWritable())
        return tr("Cannot save to “%1”: Revaer may not write to “%2”. Choose another folder.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(where.absoluteFilePath()));
    return {};
}

void AddTorrentDialog::updateSpace()
{
    const QString problem = saveProblem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_haveMetadata && problem.isEmpty());
    m_addNow->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_space->setText(problem);
        m_space->setStyleSheet(QStringLiteral("color: #c92a2a;"));
        m_space->setToolTip(QString());
        return;
    }
    m_space->setStyleSheet(QString());
    const QStorageInfo storage(nearestExisting(savePath()).absoluteFilePath());
    const qint64 free = storage.isValid() ? storage.bytesAvailable() : -1;
    if (!m_haveMetadata) {
        m_space->setText(free >= 0 ? tr("Free space: %1").arg(Units::formatBytes(free)) : QString());
        return;
    }
    const qint64 selected = m_files->selectedSize();
    QString text = tr("Selected: %1 of %2").arg(Units::formatBytes(selected), Units::formatBytes(m_files->totalSize()));
    if (free >= 0)
        text += tr(" — free space: %1").arg(Units::formatBytes(free));
    m_space->setText(text);
    const bool tooBig = free >= 0 && selected > free;
    m_space->setStyleSheet(tooBig ? QStringLiteral("color: #c92a2a;") : QString());
    m_space->setToolTip(tooBig ? tr("The selected files do not fit on this disk.") : QString());
}

AddTorrentRequest AddTorrentDialog::request() const
{
    AddTorrentRequest r;
    r.kind = AddTorrentRequest::Kind::TorrentData;
    r.source = m_source;
    r.data = m_torrentData;
    r.savePath = savePath();
    r.filePriorities = m_files->priorities();
    r.paused = m_paused->isChecked();
    r.sequential = m_sequential->isChecked();
    // The .torrent made from a magnet's metadata has neither its trackers nor
    // its x.pe peers: without them a torrent whose only seeder was named in
    // the link sat at 0%.
    r.peers = m_magnetPeers;
    r.trackers = m_magnetTrackers;
    labels(&r.labels);
    m_settings->place(r);
    return r;
}

bool AddTorrentDialog::labels(TorrentLabels *labels) const
{
    QString error;
    labels->category = Labels::normalCategory(m_category->currentText(), &error);
    if (error.isEmpty())
        labels->tags = Labels::normalTags(Labels::splitTags(m_tags->text()), &error);
    m_tags->setToolTip(error);
    if (!error.isEmpty()) {
        QMessageBox::warning(const_cast<AddTorrentDialog *>(this), tr("Category and Tags"), error);
        return false;
    }
    return true;
}

void AddTorrentDialog::accept()
{
    if (!m_haveMetadata || !saveProblem().isEmpty())
        return;
    TorrentLabels checked;
    if (!labels(&checked))
        return;
    m_settings->rememberSavePath(savePath());
    m_engine->addTorrent(request());
    QDialog::accept();
}

void AddTorrentDialog::reject()
{
    if (!m_magnet.isEmpty()) {
        m_engine->cancelMetadataFetch(m_magnet);
        m_magnet.clear();
    }
    QDialog::reject();
}

} // namespace Revaer
