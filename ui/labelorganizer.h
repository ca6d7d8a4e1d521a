#pragma once

#include "labelsidebar.h"
#include "torrentid.h"
#include "torrentlabels.h"

#include <QObject>

#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace Revaer {

class SettingsStore;
class TorrentEngine;
class TorrentListModel;
class TransferFilterProxy;

// The window's categories and tags: the two sidebar lists (kept in step
// with the model's counts and the defined categories, filtering the list
// together with the status and the search box), the Category and Tags menus
// for the selected torrents, drops onto the sidebar, and the question
// whether filing a torrent under a category with a folder moves its data.
class LabelOrganizer : public QObject
{
    Q_OBJECT

public:
    using Selection = std::function<QList<TorrentId>()>;

    LabelOrganizer(TorrentEngine *engine, SettingsStore *settings, TorrentListModel *model, TransferFilterProxy *proxy,
        Selection selection, QWidget *window);

    LabelSidebar *categories() const { return m_categories; }
    LabelSidebar *tags() const { return m_tags; }
    // Menus for the selected torrents, filled each time they open.
    QMenu *categoryMenu(QWidget *parent);
    QMenu *tagMenu(QWidget *parent);

    // Files `ids` under `category` ("" for none); when the category has a
    // folder of its own, their data moves there if the user says so (asked
    // once, then remembered when the user ticks the box).
    void fileUnder(const QList<TorrentId> &ids, const QString &category);
    // Asks for a new category's name and folders, defines it and files `ids` under it.
    void newCategory(const QList<TorrentId> &ids);
    // Changes a category's name or folders (a new name carries the categories
    // inside and every torrent along; no data moves).
    void editCategory(const QString &name);
    // After asking: forgets the category and those inside it; their torrents
    // become uncategorized, their data stays.
    void removeCategory(const QString &name);
    // Takes the tag off every torrent.
    void removeTag(const QString &tag);
    // Asks for tags and adds them to `ids`.
    void addTags(const QList<TorrentId> &ids);

    // Defined categories and those torrents name, sorted.
    QStringList knownCategories() const;
    QStringList knownTags() const;

private:
    void refresh();
    std::optional<CategoryDefinition> askForCategory(const CategoryDefinition &initial, bool isNew);
    // The torrents whose labels pass `test`, in list order.
    QList<TorrentId> torrentsWhere(const std::function<bool(const TorrentLabels &)> &test) const;
    void showSidebarMenu(LabelSidebar *sidebar, const QPoint &position);

    TorrentEngine *m_engine;
    SettingsStore *m_settings;
    TorrentListModel *m_model;
    Selection m_selection;
    QWidget *m_window;
    LabelSidebar *m_categories;
    LabelSidebar *m_tags;
};

} // namespace Revaer
