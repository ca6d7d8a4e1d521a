#include "notificationbanner.h"
#include "uiresources.h"
#include "units.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace Revaer {

namespace {

constexpr int MaxUnread = 50;

} // namespace

NotificationBanner::NotificationBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_more(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    initUiResources();
    setObjectName(QStringLiteral("notificationBanner"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::NoFocus);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    // Messages quote names and links from outside: one without spaces must
    // not widen the window.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setAutoRaise(true);
    m_close->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &NotificationBanner::dismiss);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_more);
    layout->addWidget(m_close);
    hide();
}

QString NotificationBanner::iconOf(Level level)
{
    return level == Level::Error  ? QStringLiteral(":/icons/errored.svg")
        : level == Level::Warning ? QStringLiteral(":/icons/health-degraded.svg")
                                  : QStringLiteral(":/icons/info.svg");
}

QString NotificationBanner::colours(Level level)
{
    const char *background = level == Level::Error ? "#fff5f5" : level == Level::Warning ? "#fff9db" : "#e7f5ff";
    const char *border = level == Level::Error ? "#ffa8a8" : level == Level::Warning ? "#ffe066" : "#a5d8ff";
    return QStringLiteral("background: %1; border: 1px solid %2; border-radius: 4px; color: #212529;")
        .arg(QLatin1String(background), QLatin1String(border));
}

void NotificationBanner::post(Level level, const QString &message, const QString &torrent)
{
    Q_EMIT posted(level, message, torrent);
    m_unread.prepend({level, message});
    // Too many unread: the oldest of the least serious go first (all are in the log).
    while (m_unread.size() > MaxUnread) {
        qsizetype drop = m_unread.size() - 1;
        for (qsizetype i = m_unread.size() - 1; i >= 0; --i) {
            if (m_unread.at(i).level < m_unread.at(drop).level)
                drop = i;
        }
        m_unread.removeAt(drop);
    }
    showMostSerious();
}

void NotificationBanner::showMostSerious()
{
    if (m_unread.isEmpty()) {
        hide();
        return;
    }
    // Newest first, so the first of the highest level is the newest of them.
    qsizetype shown = 0;
    for (qsizetype i = 1; i < m_unread.size(); ++i) {
        if (m_unread.at(i).level > m_unread.at(shown).level)
            shown = i;
    }
    const Unread &top = m_unread.at(shown);
    m_shownLevel = top.level;
    m_icon->setPixmap(QIcon(iconOf(top.level)).pixmap(20, 20));
    m_text->setText(Units::elided(top.text, 1000));
    setStyleSheet(
        QStringLiteral("#notificationBanner { %1 } #notificationBanner QLabel { color: #212529; }").arg(colours(top.level)));

    if (m_unread.size() > 1) {
        m_more->setText(tr("%n more", nullptr, int(m_unread.size() - 1)));
        auto *menu = new QMenu(m_more);
        // The others, most serious first, each whole and in its colours.
        QList<Unread> others = m_unread;
        others.removeAt(shown);
        std::stable_sort(others.begin(), others.end(), [](const Unread &a, const Unread &b) { return a.level > b.level; });
        for (const Unread &u : std::as_const(others).mid(0, 20)) {
            auto *label = new QLabel(Units::elided(u.text, 1000));
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            label->setFixedWidth(520);
            label->setStyleSheet(QStringLiteral("QLabel { %1 padding: 4px; margin: 2px 4px; }").arg(colours(u.level)));
            auto *entry = new QWidgetAction(menu);
            entry->setDefaultWidget(label);
            entry->setText(u.text);
            menu->addAction(entry);
        }
        if (others.size() > 20)
            menu->addAction(tr("%n older not shown", nullptr, int(others.size() - 20)))->setEnabled(false);
        menu->addSeparator();
        menu->addAction(tr("Show the &Log…"), this, &NotificationBanner::logRequested);
        delete m_more->menu();
        m_more->setMenu(menu);
        m_more->show();
    } else {
        m_more->hide();
    }
    show();
}

void NotificationBanner::dismiss()
{
    m_unread.clear();
    hide();
}

QStringList NotificationBanner::messages() const
{
    QStringList texts;
    for (const Unread &u : m_unread)
        texts.append(u.text);
    return texts;
}

QString NotificationBanner::currentText() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace Revaer
