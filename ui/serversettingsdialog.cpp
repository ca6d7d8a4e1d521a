#include "serversettingsdialog.h"

#include "remoteengine.h"
#include "units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTime>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Revaer {

struct ServerSettingsDialog::Row {
    QString key;
    Kind kind;
    QString label;
    QString tab;
    // The key that switches this one on (Transmission's "…-enabled"): a
    // check box beside the value.
    QString switchKey = {};
    int minimum = 0;
    int maximum = 0;
    QString suffix = {};
    QList<std::pair<QJsonValue, QString>> choices = {};
};

QList<ServerSettingsDialog::Row> ServerSettingsDialog::rows()
{
    const QString downloads = tr("Downloads");
    const QString speed = tr("Speed");
    const QString connection = tr("Connection");
    const QString seeding = tr("Queue and Seeding");
    const QString kbs = tr(" kB/s");
    constexpr int MaxSpeed = 10'000'000;
    const QList<std::pair<QJsonValue, QString>> days {{127, tr("Every day")}, {62, tr("Weekdays")}, {65, tr("Weekends")},
        {2, tr("Mondays")}, {4, tr("Tuesdays")}, {8, tr("Wednesdays")}, {16, tr("Thursdays")}, {32, tr("Fridays")},
        {64, tr("Saturdays")}, {1, tr("Sundays")}};
    return {
        {QStringLiteral("download-dir"), Kind::Text, tr("Save downloads in:"), downloads},
        {QStringLiteral("incomplete-dir"), Kind::Text, tr("Keep unfinished downloads in:"), downloads,
            QStringLiteral("incomplete-dir-enabled")},
        {QStringLiteral("start-added-torrents"), Kind::Switch, tr("Start torrents as soon as they are added"), downloads},
        {QStringLiteral("speed-limit-down"), Kind::Number, tr("Limit downloads to:"), speed,
            QStringLiteral("speed-limit-down-enabled"), 1, MaxSpeed, kbs},
        {QStringLiteral("speed-limit-up"), Kind::Number, tr("Limit uploads to:"), speed, QStringLiteral("speed-limit-up-enabled"),
            1, MaxSpeed, kbs},
        {QStringLiteral("alt-speed-down"), Kind::Number, tr("Alternative download limit:"), speed, {}, 0, MaxSpeed, kbs},
        {QStringLiteral("alt-speed-up"), Kind::Number, tr("Alternative upload limit:"), speed, {}, 0, MaxSpeed, kbs},
        {QStringLiteral("alt-speed-enabled"), Kind::Switch, tr("Use the alternative limits now"), speed},
        {QStringLiteral("alt-speed-time-enabled"), Kind::Switch, tr("Use the alternative limits on a schedule"), speed},
        {QStringLiteral("alt-speed-time-begin"), Kind::Time, tr("From:"), speed},
        {QStringLiteral("alt-speed-time-end"), Kind::Time, tr("To:"), speed},
        {QStringLiteral("alt-speed-time-day"), Kind::Choice, tr("On:"), speed, {}, 0, 0, {}, days},
        {QStringLiteral("peer-port"), Kind::Number, tr("Listening port:"), connection, {}, 1, 65535},
        {QStringLiteral("port-forwarding-enabled"), Kind::Switch, tr("Forward the port on the router (UPnP, NAT-PMP)"),
            connection},
        {QStringLiteral("peer-limit-global"), Kind::Number, tr("Connections at most:"), connection, {}, 1, 65535},
        {QStringLiteral("peer-limit-per-torrent"), Kind::Number, tr("Connections per torrent at most:"), connection, {}, 1,
            65535},
        {QStringLiteral("encryption"), Kind::Choice, tr("Encryption:"), connection, {}, 0, 0, {},
            {{QStringLiteral("required"), tr("Required")}, {QStringLiteral("preferred"), tr("Preferred")},
                {QStringLiteral("tolerated"), tr("Allowed, not preferred")}}},
        {QStringLiteral("dht-enabled"), Kind::Switch, tr("Find peers on the DHT"), connection},
        {QStringLiteral("pex-enabled"), Kind::Switch, tr("Exchange peers with peers (PeX)"), connection},
        {QStringLiteral("lpd-enabled"), Kind::Switch, tr("Find peers on the local network (LSD)"), connection},
        {QStringLiteral("utp-enabled"), Kind::Switch, tr("Use µTP"), connection},
        {QStringLiteral("download-queue-size"), Kind::Number, tr("Active downloads at most:"), seeding,
            QStringLiteral("download-queue-enabled"), 0, 10000},
        {QStringLiteral("seed-queue-size"), Kind::Number, tr("Active seeds at most:"), seeding,
            QStringLiteral("seed-queue-enabled"), 0, 10000},
        {QStringLiteral("seedRatioLimit"), Kind::Ratio, tr("Stop seeding at ratio:"), seeding,
            QStringLiteral("seedRatioLimited")},
        {QStringLiteral("idle-seeding-limit"), Kind::Number, tr("Stop seeding when idle for:"), seeding,
            QStringLiteral("idle-seeding-limit-enabled"), 1, 100'000, tr(" min")},
    };
}

ServerSettingsDialog::ServerSettingsDialog(RemoteEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("serverSettingsDialog"));
    setWindowTitle(tr("Settings of %1").arg(engine->serverName()));
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("These are the server's own settings: they change how %1 downloads, "
                                "for every window and client connected to it.")
                                 .arg(engine->serverName()),
        this);
    about->setWordWrap(true);
    layout->addWidget(about);
    layout->addWidget(m_tabs);
    m_status->setObjectName(QStringLiteral("serverSettingsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServerSettingsDialog::reject);
    setMinimumWidth(520);

    setBusy(true, tr("Asking %1 for its settings…").arg(engine->serverName()));
    m_engine->readServerSettings(this, [this](const QJsonObject &session, const QString &error) {
        if (!error.isEmpty()) {
            setBusy(false,
                tr("%1 did not send its settings: %2. Close this window and try again once it answers.")
                    .arg(m_engine->serverName(), error));
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
            return;
        }
        load(session);
        setBusy(false, {});
    });
}

QString ServerSettingsDialog::statusText() const
{
    return m_status->text();
}

void ServerSettingsDialog::setBusy(bool busy, const QString &status)
{
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_tabs->setEnabled(!busy);
}

void ServerSettingsDialog::load(const QJsonObject &session)
{
    m_loaded = session;
    if (m_controls.isEmpty()) { // the first time: a control for each setting the server has
        QHash<QString, QFormLayout *> forms;
        for (const Row &row : rows()) {
            if (!session.contains(row.key) || (!row.switchKey.isEmpty() && !session.contains(row.switchKey)))
                continue;
            QFormLayout *&form = forms[row.tab];
            if (!form) {
                auto *page = new QWidget;
                form = new QFormLayout(page);
                form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
                m_tabs->addTab(page, row.tab);
            }
            QWidget *page = form->parentWidget();
            QWidget *control = nullptr;
            switch (row.kind) {
            case Kind::Switch:
                control = new QCheckBox(row.label, page);
                break;
            case Kind::Number: {
                auto *spin = new QSpinBox(page);
                spin->setRange(row.minimum, row.maximum);
                spin->setSuffix(row.suffix);
                control = spin;
                break;
            }
            case Kind::Ratio: {
                auto *spin = new QDoubleSpinBox(page);
                spin->setRange(0, 1000);
                spin->setDecimals(2);
                spin->setSingleStep(0.1);
                control = spin;
                break;
            }
            case Kind::Text:
                control = new QLineEdit(page);
                break;
            case Kind::Choice: {
                auto *box = new QComboBox(page);
                for (const auto &[data, text] : row.choices)
                    box->addItem(text, data.toVariant());
                control = box;
                break;
            }
            case Kind::Time: {
                auto *time = new QTimeEdit(page);
                time->setDisplayFormat(QStringLiteral("HH:mm"));
                control = time;
                break;
            }
            }
            control->setObjectName(row.key);
            m_controls.insert(row.key, control);
            m_kinds.insert(row.key, row.kind);
            m_labels.insert(row.key, QString(row.label).remove(QLatin1Char(':')));
            if (!row.switchKey.isEmpty()) {
                auto *toggle = new QCheckBox(row.label, page);
                toggle->setObjectName(row.switchKey);
                m_controls.insert(row.switchKey, toggle);
                m_kinds.insert(row.switchKey, Kind::Switch);
                m_labels.insert(row.switchKey, m_labels.value(row.key));
                control->setEnabled(false);
                connect(toggle, &QCheckBox::toggled, control, &QWidget::setEnabled);
                form->addRow(toggle, control);
            } else if (row.kind == Kind::Switch) {
                form->addRow(control);
            } else {
                form->addRow(row.label, control);
            }
            if (row.key == QLatin1String("download-dir") && session.contains(QLatin1String("download-dir-free-space"))) {
                const qint64 free = session.value(QLatin1String("download-dir-free-space")).toInteger(-1);
                if (free >= 0)
                    form->addRow(QString(), new QLabel(tr("%1 free on the server").arg(Units::formatBytes(free)), page));
            }
        }
        // The schedule's times and days count only with the schedule on.
        if (auto *schedule = qobject_cast<QCheckBox *>(m_controls.value(QStringLiteral("alt-speed-time-enabled")))) {
            for (const char *key : {"alt-speed-time-begin", "alt-speed-time-end", "alt-speed-time-day"}) {
                if (QWidget *control = m_controls.value(QLatin1String(key))) {
                    control->setEnabled(false);
                    connect(schedule, &QCheckBox::toggled, control, &QWidget::setEnabled);
                }
            }
        }
        if (m_controls.isEmpty())
            m_status->setText(tr("%1 has none of the settings Revaer knows how to change.").arg(m_engine->serverName()));
    }
    for (auto it = m_controls.cbegin(); it != m_controls.cend(); ++it)
        setValue(it.key(), session.value(it.key()));
}

void ServerSettingsDialog::setValue(const QString &key, const QJsonValue &value)
{
    QWidget *control = m_controls.value(key);
    switch (m_kinds.value(key)) {
    case Kind::Switch:
        static_cast<QCheckBox *>(control)->setChecked(value.toBool());
        break;
    case Kind::Number:
        static_cast<QSpinBox *>(control)->setValue(value.toInt());
        break;
    case Kind::Ratio:
        static_cast<QDoubleSpinBox *>(control)->setValue(value.toDouble());
        break;
    case Kind::Text:
        static_cast<QLineEdit *>(control)->setText(value.toString());
        break;
    case Kind::Choice: {
        auto *box = static_cast<QComboBox *>(control);
        int index = box->findData(value.toVariant());
        if (index < 0) { // a value this dialog has no name for: kept as it is
            box->addItem(
                tr("As set on the server (%1)").arg(value.isString() ? value.toString() : QString::number(value.toInt())),
                value.toVariant());
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
        break;
    }
    case Kind::Time: {
        const int minutes = std::clamp(value.toInt(), 0, 24 * 60 - 1);
        static_cast<QTimeEdit *>(control)->setTime(QTime(minutes / 60, minutes % 60));
        break;
    }
    }
}

QJsonValue ServerSettingsDialog::value(const QString &key) const
{
    QWidget *control = m_controls.value(key);
    switch (m_kinds.value(key)) {
    case Kind::Switch:
        return static_cast<QCheckBox *>(control)->isChecked();
    case Kind::Number:
        return static_cast<QSpinBox *>(control)->value();
    case Kind::Ratio:
        return static_cast<QDoubleSpinBox *>(control)->value();
    case Kind::Text:
        return static_cast<QLineEdit *>(control)->text().trimmed();
    case Kind::Choice:
        return QJsonValue::fromVariant(static_cast<QComboBox *>(control)->currentData());
    case Kind::Time: {
        const QTime time = static_cast<QTimeEdit *>(control)->time();
        return time.hour() * 60 + time.minute();
    }
    }
    return {};
}

namespace {

bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return std::abs(a.toDouble() - b.toDouble()) < 0.005;
    if (a.isString() && b.isString()) // a folder the server wrote its own way
        return QDir::cleanPath(a.toString()) == QDir::cleanPath(b.toString());
    return a == b;
}

} // namespace

QJsonObject ServerSettingsDialog::changes() const
{
    QJsonObject changed;
    for (auto it = m_controls.cbegin(); it != m_controls.cend(); ++it) {
        const QJsonValue now = value(it.key());
        if (!same(now, m_loaded.value(it.key())))
            changed.insert(it.key(), now);
    }
    return changed;
}

void ServerSettingsDialog::accept()
{
    const QJsonObject changed = changes();
    if (changed.isEmpty()) {
        QDialog::accept();
        return;
    }
    setBusy(true, tr("Sending the changes to %1…").arg(m_engine->serverName()));
    m_engine->changeServerSettings(changed, this, [this, changed](const QJsonObject &session, const QString &error) {
        if (!error.isEmpty()) {
            setBusy(false, tr("%1 did not take the changes: %2").arg(m_engine->serverName(), error));
            return;
        }
        // What the server has now: a key it does not take keeps its value.
        QStringList kept;
        for (auto it = changed.begin(); it != changed.end(); ++it) {
            if (!same(session.value(it.key()), it.value()) && !kept.contains(m_labels.value(it.key())))
                kept.append(m_labels.value(it.key()));
        }
        if (kept.isEmpty()) {
            setBusy(false, {});
            QDialog::accept();
            return;
        }
        load(session);
        setBusy(false,
            tr("%1 kept its own value for: %2. The others were changed; the dialog shows what is in force now.")
                .arg(m_engine->serverName(), kept.join(QStringLiteral(", "))));
    });
}

} // namespace Revaer
