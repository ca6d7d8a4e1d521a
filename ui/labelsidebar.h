#pragma once

#include "torrentid.h"

#include <QHash>
#include <QStringList>
#include <QTreeWidget>

#include <optional>

namespace Revaer {

// What a label list selects: every torrent, those without any, or those
// with one name (for a category: it and the categories inside it).
struct LabelFilter {
    enum class Kind : quint8 { All, None, Named };
    Kind kind = Kind::All;
    QString name;

    // As kept in the settings file: "all", "none" or "name:NAME".
    QString key() const;
    static LabelFilter fromKey(const QString &key);

    friend bool operator==(const LabelFilter &a, const LabelFilter &b) { return a.kind == b.kind && a.name == b.name; }
    friend bool operator!=(const LabelFilter &a, const LabelFilter &b) { return !(a == b); }
};

// The sidebar's categories (a tree: "Movies/4K" under "Movies") or tags (a
// list), each with its live count, under the status filters. Torrents dragged
// from the transfer list onto an entry are filed there.
class LabelSidebar : public QTreeWidget
{
    Q_OBJECT

public:
    enum class Mode : quint8 { Categories, Tags };

    // The MIME type the transfer list drags torrents as: ids in hex, one per line.
    static QString torrentIdsMimeType();

    explicit LabelSidebar(Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // `counts`: torrents per name ("" for none: uncategorized, untagged);
    // `total`: every torrent; `defined`: names shown even without torrents
    // (defined categories).
    void setCounts(const QHash<QString, int> &counts, int total, const QStringList &defined = {});
    // What an entry shows: for a category, its torrents and those inside it.
    int countShown(const LabelFilter &filter) const;
    LabelFilter current() const;
    // Selects the entry; one not listed yet (a tag whose torrents are still
    // being restored) is selected as soon as it appears, unless the user
    // chooses another first.
    void select(const LabelFilter &filter);
    // What the user chose: the entry waiting to appear, else the current one.
    LabelFilter wanted() const;
    // The entry at a point of the list (for its context menu); All where none.
    LabelFilter filterAt(const QPoint &position) const;
    // The names listed, in order (categories in full: "Movies/4K").
    QStringList names() const;

Q_SIGNALS:
    void filterChanged(const Revaer::LabelFilter &filter);
    // Torrents dropped on an entry: a category ("" for Uncategorized) or a tag.
    void torrentsDropped(const QList<Revaer::TorrentId> &ids, const QString &name);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QTreeWidgetItem *itemFor(const LabelFilter &filter) const;
    QTreeWidgetItem *dropTarget(const QPoint &position) const;
    static LabelFilter filterOf(const QTreeWidgetItem *item);

    Mode m_mode;
    QHash<QString, int> m_shown; // by name, descendants included; "" for none
    int m_total = 0;
    bool m_rebuilding = false;
    std::optional<LabelFilter> m_pending;
};

} // namespace Revaer

Q_DECLARE_METATYPE(Revaer::LabelFilter)
