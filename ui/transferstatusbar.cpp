#include "transferstatusbar.h"

#include "torrentengine.h"
#include "uiresources.h"
#include "units.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace Revaer {

namespace {

QString capText(int bytes)
{
    return bytes > 0 ? Units::formatRate(bytes) : QStringLiteral("∞");
}

} // namespace

TransferStatusBar::TransferStatusBar(TorrentEngine *engine, QAction *altSpeed, QWidget *parent)
    : QStatusBar(parent)
    , m_restoreLabel(new QLabel(this))
    , m_downLabel(new QLabel(this))
    , m_upLabel(new QLabel(this))
    , m_capsButton(new QToolButton(this))
    , m_dhtLabel(new QLabel(this))
    , m_freeLabel(new QLabel(this))
    , m_healthLabel(new QLabel(this))
{
    m_downLabel->setToolTip(tr("Download rate"));
    m_upLabel->setToolTip(tr("Upload rate"));
    m_capsButton->setObjectName(QStringLiteral("capsButton"));
    m_capsButton->setAutoRaise(true);
    m_capsButton->setIcon(uiIcon("limits"));
    m_capsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_capsButton->setPopupMode(QToolButton::InstantPopup);
    m_capsButton->setToolTip(tr("Speed caps: click to change"));
    auto *caps = new QMenu(m_capsButton);
    caps->addAction(altSpeed);
    caps->addSeparator();
    for (int kib : {0, 256, 512, 1024, 2048, 5120, 10240}) {
        const QString text = kib == 0 ? tr("No caps") : tr("Cap downloads at %1").arg(Units::formatRate(qint64(kib) * 1024));
        caps->addAction(text, this, [this, kib] { Q_EMIT capsChosen({kib * 1024, m_limits.limits.uploadLimit}); });
    }
    caps->addSeparator();
    caps->addAction(tr("Set Caps…"), this, &TransferStatusBar::settingsRequested);
    m_capsButton->setMenu(caps);
    m_dhtLabel->setToolTip(tr("Nodes in the DHT routing table"));
    m_freeLabel->setToolTip(tr("Free space on the disk of the default save path"));

    addWidget(m_restoreLabel, 1);
    for (QWidget *w :
        std::initializer_list<QWidget *> {m_downLabel, m_upLabel, m_capsButton, m_dhtLabel, m_freeLabel, m_healthLabel})
        addPermanentWidget(w);
    onStats({});
    onLimits({});
    onHealth({});

    connect(engine, &TorrentEngine::healthChanged, this, &TransferStatusBar::onHealth);
    connect(engine, &TorrentEngine::sessionStatsUpdated, this, &TransferStatusBar::onStats);
    connect(engine, &TorrentEngine::limitsChanged, this, &TransferStatusBar::onLimits);
    connect(engine, &TorrentEngine::restoreProgress, this, &TransferStatusBar::onRestore);
}

void TransferStatusBar::onHealth(const HealthEvent &event)
{
    const bool changed = event.state != m_health.state;
    m_health = event;
    const char *iconName = event.state == HealthState::Healthy ? "health-ok"
        : event.state == HealthState::Degraded                 ? "health-degraded"
                                                               : "health-bad";
    m_healthLabel->setPixmap(uiIcon(iconName).pixmap(14, 14));
    m_healthLabel->setToolTip(
        event.reason.isEmpty() ? healthStateName(event.state) : healthStateName(event.state) + u'\n' + event.reason);
    if (changed && event.state != HealthState::Healthy && !event.reason.isEmpty())
        Q_EMIT healthWorsened(event);
}

QString TransferStatusBar::healthText() const
{
    return m_healthLabel->toolTip();
}

void TransferStatusBar::onStats(const SessionStatsEvent &stats)
{
    m_downLabel->setText(QStringLiteral("↓ %1").arg(Units::formatRate(stats.downloadRate)));
    m_upLabel->setText(QStringLiteral("↑ %1").arg(Units::formatRate(stats.uploadRate)));
    m_dhtLabel->setText(tr("DHT: %1").arg(stats.dhtNodes));
    m_freeLabel->setText(stats.freeSpace >= 0 ? tr("Free: %1").arg(Units::formatBytes(stats.freeSpace)) : QString());
}

void TransferStatusBar::onLimits(const LimitsEvent &event)
{
    m_limits = event;
    m_capsButton->setText(capsText());
    m_capsButton->setIcon(uiIcon(event.altLimitsEnabled ? "alt-speed" : "limits"));
}

QString TransferStatusBar::capsText() const
{
    const RateLimits caps = m_limits.effective();
    return tr("Caps ↓ %1 ↑ %2").arg(capText(caps.downloadLimit), capText(caps.uploadLimit));
}

void TransferStatusBar::onRestore(const RestoreProgressEvent &event)
{
    if (event.finished) {
        m_restoreLabel->clear();
        return;
    }
    m_restoreLabel->setText(tr("Restoring %L1 of %L2 torrents…").arg(event.restored).arg(event.total));
}

QString TransferStatusBar::restoreText() const
{
    return m_restoreLabel->text();
}

} // namespace Revaer
