#include "notificationbanner.h"
#include "uiresources.h"
#include "units.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace Revaer {

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

void NotificationBanner::post(Level level, const QString &message)
{
    m_messages.prepend(message);
    while (m_messages.size() > 50)
        m_messages.removeLast();
    ++m_unseen;
    const char *icon = level == Level::Error ? ":/icons/errored.svg" : level == Level::Warning ? ":/icons/health-degraded.svg" : ":/icons/info.svg";
    m_icon->setPixmap(QIcon(QString::fromLatin1(icon)).pixmap(20, 20));
    m_text->setText(Units::elided(message, 1000));
    const char *background = level == Level::Error ? "#fff5f5" : level == Level::Warning ? "#fff9db" : "#e7f5ff";
    const char *border = level == Level::Error ? "#ffa8a8" : level == Level::Warning ? "#ffe066" : "#a5d8ff";
    setStyleSheet(QStringLiteral("#notificationBanner { background: %1; border: 1px solid %2; border-radius: 4px; } "
                                 "#notificationBanner QLabel { color: #212529; }")
                      .arg(QLatin1String(background), QLatin1String(border)));
    if (m_unseen > 1) {
        m_more->setText(tr("%n more", nullptr, m_unseen - 1));
        auto *menu = new QMenu(m_more);
        for (const QString &text : std::as_const(m_messages).mid(0, 20))
            menu->addAction(Units::elided(text, 160))->setToolTip(Units::elided(text, 1000));
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
    m_unseen = 0;
    hide();
}

QString NotificationBanner::currentText() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace Revaer
