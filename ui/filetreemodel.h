#pragma once

#include "torrentmetadata.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>
#include <vector>

namespace Revaer {

// A torrent's files as a tree of folders, with check boxes (tri-state for
// folders), sizes, progress and an editable priority. Used by the add dialog
// and the details panel; priorities() is what goes to the engine.
class FileTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Size, Progress, Priority, ColumnCount };
    enum Role { PriorityRole = Qt::UserRole + 1, FileIndexRole, SortRole };

    explicit FileTreeModel(QObject *parent = nullptr);
    ~FileTreeModel() override;

    // Pad files are left out; `priorities` is by file index (empty: all normal).
    void setFiles(const TorrentMetadata &metadata, const QList<int> &priorities);
    // Downloaded bytes by file index (the details panel); keeps the tree.
    void setProgress(const QList<qint64> &progress);
    // Priorities from the engine, when the user is not editing them.
    void setPriorities(const QList<int> &priorities);
    void setShowProgress(bool show) { m_showProgress = show; }
    void clear();

    QList<int> priorities() const;
    qint64 selectedSize() const;
    qint64 totalSize() const;
    int fileCount() const { return int(m_files.size()); }
    void setAllChecked(bool checked);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString priorityName(int priority);

Q_SIGNALS:
    // The user changed a check box or a priority.
    void prioritiesEdited();

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node, int column) const;
    void setPriorityBelow(Node *node, int priority, bool fromCheckBox);
    void announce(Node *node);
    Qt::CheckState checkState(const Node *node) const;
    int priorityOf(const Node *node) const; // -1 when mixed
    qint64 sizeOf(const Node *node) const;
    qint64 doneOf(const Node *node) const;

    std::unique_ptr<Node> m_root;
    std::vector<Node *> m_files; // by file index; null for pad files
    int m_allFiles = 0; // file count including pad files
    bool m_showProgress = false;
};

} // namespace Revaer
