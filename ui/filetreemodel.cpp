#include "filetreemodel.h"

#include "units.h"

#include <QFileIconProvider>
#include <QIcon>

namespace Revaer {

struct FileTreeModel::Node {
    QString name;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    int fileIndex = -1; // -1: a folder
    qint64 size = 0; // files only
    qint64 done = 0;
    int priority = FilePriority::Normal;
    int row = 0; // within the parent

    bool isFile() const { return fileIndex >= 0; }
};

FileTreeModel::FileTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

FileTreeModel::~FileTreeModel() = default;

QString FileTreeModel::priorityName(int priority)
{
    if (priority <= FilePriority::Skip)
        return tr("Do not download");
    if (priority >= FilePriority::High)
        return tr("High");
    if (priority < FilePriority::Normal)
        return tr("Low");
    return tr("Normal");
}

void FileTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_files.clear();
    m_allFiles = 0;
    endResetModel();
}

void FileTreeModel::setFiles(const TorrentMetadata &metadata, const QList<int> &priorities)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_allFiles = int(metadata.files.size());
    m_files.assign(size_t(m_allFiles), nullptr);
    for (const TorrentFileEntry &file : metadata.files) {
        if (file.padFile)
            continue;
        Node *at = m_root.get();
        const QStringList parts = file.path.split(u'/', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const bool last = i == parts.size() - 1;
            Node *next = nullptr;
            if (!last) {
                for (const auto &child : at->children) {
                    if (!child->isFile() && child->name == parts.at(i)) {
                        next = child.get();
                        break;
                    }
                }
            }
            if (!next) {
                auto node = std::make_unique<Node>();
                node->name = parts.at(i);
                node->parent = at;
                node->row = int(at->children.size());
                if (last) {
                    node->fileIndex = file.index;
                    node->size = file.size;
                    node->priority = file.index < priorities.size() ? priorities.at(file.index) : FilePriority::Normal;
                    m_files[size_t(file.index)] = node.get();
                }
                next = node.get();
                at->children.push_back(std::move(node));
            }
            at = next;
        }
    }
    endResetModel();
}

void FileTreeModel::setProgress(const QList<qint64> &progress)
{
    for (size_t i = 0; i < m_files.size() && qsizetype(i) < progress.size(); ++i) {
        if (m_files[i])
            m_files[i]->done = progress.at(qsizetype(i));
    }
    if (m_root->children.empty())
        return;
    // Progress changes everywhere: one signal per level is enough for views.
    std::vector<Node *> stack {m_root.get()};
    while (!stack.empty()) {
        Node *node = stack.back();
        stack.pop_back();
        if (node->children.empty())
            continue;
        const QModelIndex parent = node == m_root.get() ? QModelIndex() : indexOf(node, 0);
        Q_EMIT dataChanged(index(0, Progress, parent), index(int(node->children.size()) - 1, Progress, parent));
        for (const auto &child : node->children)
            stack.push_back(child.get());
    }
}

void FileTreeModel::setPriorities(const QList<int> &priorities)
{
    for (size_t i = 0; i < m_files.size() && qsizetype(i) < priorities.size(); ++i) {
        if (m_files[i] && m_files[i]->priority != priorities.at(qsizetype(i))) {
            m_files[i]->priority = priorities.at(qsizetype(i));
            announce(m_files[i]);
        }
    }
}

QList<int> FileTreeModel::priorities() const
{
    QList<int> result(m_allFiles, FilePriority::Skip); // pad files: never downloaded
    for (size_t i = 0; i < m_files.size(); ++i) {
        if (m_files[i])
            result[qsizetype(i)] = m_files[i]->priority;
    }
    return result;
}

qint64 FileTreeModel::selectedSize() const
{
    qint64 size = 0;
    for (const Node *file : m_files) {
        if (file && file->priority > FilePriority::Skip)
            size += file->size;
    }
    return size;
}

qint64 FileTreeModel::totalSize() const
{
    qint64 size = 0;
    for (const Node *file : m_files)
        size += file ? file->size : 0;
    return size;
}

void FileTreeModel::setAllChecked(bool checked)
{
    for (const auto &child : m_root->children)
        setData(indexOf(child.get(), Name), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

FileTreeModel::Node *FileTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FileTreeModel::indexOf(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

QModelIndex FileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex FileTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent, 0);
}

int FileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int FileTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::CheckState FileTreeModel::checkState(const Node *node) const
{
    if (node->isFile())
        return node->priority > FilePriority::Skip ? Qt::Checked : Qt::Unchecked;
    bool any = false;
    bool all = true;
    for (const auto &child : node->children) {
        const Qt::CheckState state = checkState(child.get());
        any = any || state != Qt::Unchecked;
        all = all && state == Qt::Checked;
    }
    return all ? Qt::Checked : (any ? Qt::PartiallyChecked : Qt::Unchecked);
}

int FileTreeModel::priorityOf(const Node *node) const
{
    if (node->isFile())
        return node->priority;
    int priority = -2;
    for (const auto &child : node->children) {
        const int p = priorityOf(child.get());
        if (priority == -2)
            priority = p;
        else if (p != priority)
            return -1;
    }
    return priority == -2 ? FilePriority::Normal : priority;
}

qint64 FileTreeModel::sizeOf(const Node *node) const
{
    if (node->isFile())
        return node->size;
    qint64 size = 0;
    for (const auto &child : node->children)
        size += sizeOf(child.get());
    return size;
}

qint64 FileTreeModel::doneOf(const Node *node) const
{
    if (node->isFile())
        return node->done;
    qint64 done = 0;
    for (const auto &child : node->children)
        done += doneOf(child.get());
    return done;
}

QVariant FileTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return node->name;
        case Size:
            return Units::formatBytes(sizeOf(node));
        case Progress: {
            const qint64 size = sizeOf(node);
            return size > 0 ? Units::formatPercent(double(doneOf(node)) / double(size)) : QString();
        }
        case Priority: {
            const int p = priorityOf(node);
            return p < 0 ? tr("Mixed") : priorityName(p);
        }
        }
        return {};
    case Qt::EditRole:
    case PriorityRole:
        return index.column() == Priority || role == PriorityRole ? QVariant(priorityOf(node)) : QVariant(node->name);
    case Qt::CheckStateRole:
        return index.column() == Name ? QVariant(checkState(node)) : QVariant();
    case Qt::DecorationRole:
        if (index.column() != Name)
            return {};
        {
            static const QFileIconProvider provider;
            return provider.icon(node->isFile() ? QFileIconProvider::File : QFileIconProvider::Folder);
        }
    case Qt::TextAlignmentRole:
        return index.column() == Size || index.column() == Progress ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case FileIndexRole:
        return node->fileIndex;
    case SortRole:
        switch (index.column()) {
        case Size:
            return sizeOf(node);
        case Progress:
            return sizeOf(node) > 0 ? double(doneOf(node)) / double(sizeOf(node)) : 0.0;
        case Priority:
            return priorityOf(node);
        default:
            return node->name;
        }
    }
    return {};
}

bool FileTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    Node *node = nodeOf(index);
    if (role == Qt::CheckStateRole && index.column() == Name) {
        const bool checked = value.value<Qt::CheckState>() != Qt::Unchecked;
        setPriorityBelow(node, checked ? FilePriority::Normal : FilePriority::Skip, true);
    } else if ((role == Qt::EditRole || role == PriorityRole) && index.column() == Priority) {
        setPriorityBelow(node, std::clamp(value.toInt(), 0, 7), false);
    } else {
        return false;
    }
    Q_EMIT prioritiesEdited();
    return true;
}

void FileTreeModel::setPriorityBelow(Node *node, int priority, bool fromCheckBox)
{
    if (node->isFile()) {
        // Checking a box keeps a priority the user chose before (high stays high).
        if (fromCheckBox && priority > FilePriority::Skip && node->priority > FilePriority::Skip)
            return;
        node->priority = priority;
        announce(node);
        return;
    }
    for (const auto &child : node->children)
        setPriorityBelow(child.get(), priority, fromCheckBox);
}

void FileTreeModel::announce(Node *node)
{
    // The node and every folder above it (their check state and sums change).
    for (Node *n = node; n && n != m_root.get(); n = n->parent)
        Q_EMIT dataChanged(indexOf(n, 0), indexOf(n, ColumnCount - 1));
}

Qt::ItemFlags FileTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name)
        f |= Qt::ItemIsUserCheckable | (nodeOf(index)->isFile() ? Qt::ItemFlags() : Qt::ItemIsAutoTristate);
    if (index.column() == Priority)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant FileTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Size:
        return tr("Size");
    case Progress:
        return tr("Progress");
    case Priority:
        return tr("Priority");
    }
    return {};
}

} // namespace Revaer
