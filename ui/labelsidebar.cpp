#include "labelsidebar.h"

#include "torrentlabels.h"

#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMimeData>

namespace Revaer {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;

} // namespace

QString LabelFilter::key() const
{
    switch (kind) {
    case Kind::All:
        break;
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Named:
        return QStringLiteral("name:") + name;
    }
    return QStringLiteral("all");
}

LabelFilter LabelFilter::fromKey(const QString &key)
{
    if (key == QLatin1String("none"))
        return {Kind::None, {}};
    if (key.startsWith(QLatin1String("name:")) && key.size() > 5)
        return {Kind::Named, key.mid(5)};
    return {};
}

QString LabelSidebar::torrentIdsMimeType()
{
    return QStringLiteral("application/x-revaer-torrent-ids");
}

LabelSidebar::LabelSidebar(Mode mode, QWidget *parent)
    : QTreeWidget(parent)
    , m_mode(mode)
{
    setObjectName(mode == Mode::Categories ? QStringLiteral("categorySidebar") : QStringLiteral("tagSidebar"));
    setColumnCount(1);
    setHeaderLabel(mode == Mode::Categories ? tr("Categories") : tr("Tags"));
    header()->setSectionsClickable(false);
    setRootIsDecorated(mode == Mode::Categories);
    setFrameShape(QFrame::NoFrame);
    setUniformRowHeights(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !m_rebuilding) {
            m_pending.reset();
            Q_EMIT filterChanged(filterOf(item));
        }
    });
    setCounts({}, 0);
}

LabelFilter LabelSidebar::filterOf(const QTreeWidgetItem *item)
{
    if (!item)
        return {};
    return {LabelFilter::Kind(item->data(0, KindRole).toInt()), item->data(0, NameRole).toString()};
}

void LabelSidebar::setCounts(const QHash<QString, int> &counts, int total, const QStringList &defined)
{
    // Every name to list, with its parents for categories.
    QStringList names = defined;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!it.key().isEmpty())
            names.append(it.key());
    }
    QHash<QString, int> shown;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (m_mode == Mode::Tags || it.key().isEmpty()) {
            shown[it.key()] += it.value();
        } else {
            // A torrent in "Movies/4K" counts for "Movies" too.
            QString level = it.key();
            while (!level.isEmpty()) {
                shown[level] += it.value();
                const qsizetype slash = level.lastIndexOf(QLatin1Char('/'));
                level = slash < 0 ? QString() : level.left(slash);
            }
        }
    }
    if (m_mode == Mode::Categories) {
        const QStringList given = names;
        for (const QString &name : given) {
            for (qsizetype slash = name.indexOf(QLatin1Char('/')); slash > 0; slash = name.indexOf(QLatin1Char('/'), slash + 1))
                names.append(name.left(slash));
        }
    }
    names.removeDuplicates();
    std::sort(
        names.begin(), names.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });

    // Unchanged names: only the texts change (no flicker, the selection stays).
    // (An empty list still gets its All and Untagged entries the first time.)
    const bool sameNames = names == this->names() && topLevelItemCount() > 0;
    const LabelFilter selected = current();
    m_shown = shown;
    m_total = total;
    m_rebuilding = true;
    if (!sameNames) {
        clear();
        auto *all = new QTreeWidgetItem(this);
        all->setData(0, KindRole, int(LabelFilter::Kind::All));
        auto *none = new QTreeWidgetItem(this);
        none->setData(0, KindRole, int(LabelFilter::Kind::None));
        QHash<QString, QTreeWidgetItem *> byName;
        for (const QString &name : std::as_const(names)) {
            const qsizetype slash = m_mode == Mode::Categories ? name.lastIndexOf(QLatin1Char('/')) : -1;
            QTreeWidgetItem *parent = slash > 0 ? byName.value(name.left(slash)) : nullptr;
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
            item->setData(0, KindRole, int(LabelFilter::Kind::Named));
            item->setData(0, NameRole, name);
            item->setToolTip(0, name);
            byName.insert(name, item);
        }
        expandAll();
    }
    QTreeWidgetItemIterator it(this);
    for (; *it; ++it) {
        QTreeWidgetItem *item = *it;
        const LabelFilter filter = filterOf(item);
        QString text;
        switch (filter.kind) {
        case LabelFilter::Kind::All:
            text = tr("All");
            break;
        case LabelFilter::Kind::None:
            text = m_mode == Mode::Categories ? tr("Uncategorized") : tr("Untagged");
            break;
        case LabelFilter::Kind::Named:
            text = filter.name.mid(filter.name.lastIndexOf(QLatin1Char('/')) + 1);
            break;
        }
        item->setText(0, QStringLiteral("%1 (%2)").arg(text).arg(countShown(filter)));
    }
    QTreeWidgetItem *again = itemFor(selected);
    setCurrentItem(again ? again : topLevelItem(0));
    m_rebuilding = false;
    if (!again && selected.kind != LabelFilter::Kind::All)
        Q_EMIT filterChanged({}); // its entry is gone: all torrents again
    if (m_pending && itemFor(*m_pending))
        select(*m_pending);
}

int LabelSidebar::countShown(const LabelFilter &filter) const
{
    switch (filter.kind) {
    case LabelFilter::Kind::All:
        return m_total;
    case LabelFilter::Kind::None:
        return m_shown.value(QString());
    case LabelFilter::Kind::Named:
        return m_shown.value(filter.name);
    }
    return 0;
}

LabelFilter LabelSidebar::current() const
{
    return filterOf(currentItem());
}

QTreeWidgetItem *LabelSidebar::itemFor(const LabelFilter &filter) const
{
    QTreeWidgetItemIterator it(const_cast<LabelSidebar *>(this));
    for (; *it; ++it) {
        if (filterOf(*it) == filter)
            return *it;
    }
    return nullptr;
}

void LabelSidebar::select(const LabelFilter &filter)
{
    QTreeWidgetItem *item = itemFor(filter);
    if (!item) {
        m_pending = filter;
        return;
    }
    m_pending.reset();
    setCurrentItem(item);
}

LabelFilter LabelSidebar::wanted() const
{
    return m_pending ? *m_pending : current();
}

LabelFilter LabelSidebar::filterAt(const QPoint &position) const
{
    return filterOf(itemAt(position));
}

QStringList LabelSidebar::names() const
{
    QStringList result;
    QTreeWidgetItemIterator it(const_cast<LabelSidebar *>(this));
    for (; *it; ++it) {
        if (filterOf(*it).kind == LabelFilter::Kind::Named)
            result.append(filterOf(*it).name);
    }
    return result;
}

QTreeWidgetItem *LabelSidebar::dropTarget(const QPoint &position) const
{
    QTreeWidgetItem *item = itemAt(position);
    if (!item)
        return nullptr;
    const LabelFilter filter = filterOf(item);
    // Onto a category, "Uncategorized" (no category) or a tag.
    if (filter.kind == LabelFilter::Kind::Named || (filter.kind == LabelFilter::Kind::None && m_mode == Mode::Categories))
        return item;
    return nullptr;
}

void LabelSidebar::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(torrentIdsMimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void LabelSidebar::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(torrentIdsMimeType()) && dropTarget(event->position().toPoint()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void LabelSidebar::dropEvent(QDropEvent *event)
{
    QTreeWidgetItem *target = dropTarget(event->position().toPoint());
    if (!target || !event->mimeData()->hasFormat(torrentIdsMimeType())) {
        event->ignore();
        return;
    }
    QList<TorrentId> ids;
    const QList<QByteArray> lines = event->mimeData()->data(torrentIdsMimeType()).split('\n');
    for (const QByteArray &line : lines) {
        const TorrentId id = TorrentId::fromHex(QString::fromLatin1(line));
        if (id.isValid())
            ids.append(id);
    }
    event->acceptProposedAction();
    if (!ids.isEmpty())
        Q_EMIT torrentsDropped(ids, filterOf(target).name);
}

} // namespace Revaer
