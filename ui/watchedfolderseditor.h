#pragma once

#include "folderwatcher.h"

#include <QWidget>

#include <functional>

class QTableWidget;

namespace Revaer {

// Settings > Watched Folders: one row per folder (where, its category, where
// its torrents are saved, start paused, what happens to the file after).
class WatchedFoldersEditor : public QWidget
{
    Q_OBJECT

public:
    using DirectoryChooser = std::function<QString(QWidget *owner, const QString &title, const QString &start)>;

    explicit WatchedFoldersEditor(QWidget *parent = nullptr);

    void setFolders(const QList<WatchedFolder> &folders);
    // The rows as folders; false with `error` naming the row when one cannot be used.
    bool folders(QList<WatchedFolder> *out, QString *error) const;
    // Adds a row for `path` (what "Add Folder…" does once a folder is chosen).
    void addFolder(const QString &path);
    // Tests replace the folder dialog.
    void setDirectoryChooser(DirectoryChooser chooser) { m_choose = std::move(chooser); }

private:
    QTableWidget *m_table;
    DirectoryChooser m_choose;
};

} // namespace Revaer
