#include "settingsdialog.h"
#include "watchedfolderseditor.h"

#include "desktopintegration.h"
#include "settingsstore.h"
#include "translations.h"
#include "uiresources.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Revaer {

namespace {

QSpinBox *rateBox(int bytesPerSecond, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 2'000'000);
    box->setSuffix(QCoreApplication::translate("SettingsDialog", " KiB/s"));
    box->setSpecialValueText(QCoreApplication::translate("SettingsDialog", "Unlimited"));
    box->setValue(bytesPerSecond / 1024);
    return box;
}

QSpinBox *countBox(int value, int minimum, int maximum, QWidget *parent, bool unlimitedAtMinimum)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    if (unlimitedAtMinimum)
        box->setSpecialValueText(QCoreApplication::translate("SettingsDialog", "No limit"));
    box->setValue(value);
    return box;
}

int portOf(const QString &listenInterfaces)
{
    static const QRegularExpression port(QStringLiteral(":(\\d+)(,|$)"));
    const QRegularExpressionMatch m = port.match(listenInterfaces);
    return m.hasMatch() ? m.captured(1).toInt() : 6881;
}

} // namespace

QStringList SettingsDialog::availableLanguages()
{
    QStringList languages;
    QDirIterator it(translationsDirectory(), {QStringLiteral("revaer_*.qm")});
    while (it.hasNext()) {
        const QString name = it.next().section(u'/', -1);
        languages.append(name.mid(7, name.size() - 10)); // revaer_<lang>.qm
    }
    languages.sort();
    return languages;
}

SettingsDialog::SettingsDialog(SettingsStore *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_config(settings->engineConfig())
    , m_remote(RpcConfig::fromSection(settings->section(QStringLiteral("Remote"))))
{
    initUiResources();
    setWindowTitle(tr("Settings"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/settings.svg")));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(downloadsPage(), QIcon(QStringLiteral(":/icons/downloading.svg")), tr("Downloads"));
    tabs->addTab(connectionPage(), QIcon(QStringLiteral(":/icons/copy-link.svg")), tr("Connection"));
    tabs->addTab(speedPage(), QIcon(QStringLiteral(":/icons/limits.svg")), tr("Speed"));
    tabs->addTab(bittorrentPage(), QIcon(QStringLiteral(":/icons/revaer.svg")), tr("BitTorrent"));
    tabs->addTab(interfacePage(), QIcon(QStringLiteral(":/icons/settings.svg")), tr("Interface"));
    tabs->addTab(watchedFoldersPage(), QIcon(QStringLiteral(":/icons/folder-open.svg")), tr("Watched Folders"));
    tabs->addTab(remotePage(), QIcon(QStringLiteral(":/icons/copy-link.svg")), tr("Remote Control"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(560, 480);
}

QWidget *SettingsDialog::downloadsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_savePath = new QLineEdit(QDir::toNativeSeparators(m_config.defaultSavePath), page);
    m_savePath->setObjectName(QStringLiteral("savePath"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Default Save Path"), m_savePath->text());
        if (!dir.isEmpty())
            m_savePath->setText(QDir::toNativeSeparators(dir));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_savePath);
    row->addWidget(browse);
    form->addRow(tr("Save new torrents to:"), row);
    m_showAddDialog = new QCheckBox(tr("Show the add dialog to choose files and folder"), page);
    m_showAddDialog->setChecked(m_settings->showAddDialog());
    form->addRow(QString(), m_showAddDialog);
    m_startPaused = new QCheckBox(tr("Start new torrents paused"), page);
    m_startPaused->setChecked(m_settings->startPaused());
    form->addRow(QString(), m_startPaused);

    m_incompletePath = new QLineEdit(QDir::toNativeSeparators(m_settings->incompletePath()), page);
    m_incompletePath->setObjectName(QStringLiteral("incompletePath"));
    m_incompletePath->setPlaceholderText(tr("none: torrents download where they are saved"));
    m_incompletePath->setToolTip(tr("Unfinished downloads wait here and move to their save folder once complete. A "
                                    "category may have a folder of its own for them."));
    form->addRow(tr("Keep unfinished downloads in:"), m_incompletePath);

    // A program to run on completion: its arguments typed as on a command
    // line (quotes group), then each expanded on its own, never by a shell.
    const CompletionCommand command = m_settings->completionCommand();
    m_completionProgram = new QLineEdit(QDir::toNativeSeparators(command.program), page);
    m_completionProgram->setObjectName(QStringLiteral("completionProgram"));
    m_completionProgram->setPlaceholderText(tr("none"));
    QStringList quoted;
    for (const QString &argument : command.arguments)
        quoted.append(argument.contains(QLatin1Char(' ')) || argument.contains(QLatin1Char('"')) || argument.isEmpty()
                ? QLatin1Char('"') + QString(argument).replace(QLatin1Char('"'), QStringLiteral("\"\"\"")) + QLatin1Char('"')
                : argument);
    m_completionArguments = new QLineEdit(quoted.join(QLatin1Char(' ')), page);
    m_completionArguments->setObjectName(QStringLiteral("completionArguments"));
    m_completionArguments->setPlaceholderText(QStringLiteral("\"%F\" %L"));
    const QString placeholders = tr("%N name, %L category, %G tags, %F content path, %D save folder, %I info-hash, "
                                    "%C number of files, %Z size in bytes, %% a percent sign. Each argument is passed as "
                                    "it is, never through a shell.");
    m_completionArguments->setToolTip(placeholders);
    m_completionProgram->setToolTip(placeholders);
    form->addRow(tr("Run when a torrent completes:"), m_completionProgram);
    form->addRow(tr("With the arguments:"), m_completionArguments);
    return page;
}

QWidget *SettingsDialog::connectionPage()
{
    const SessionSettings &s = m_config.session;
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_port = countBox(portOf(s.listenInterfaces), 0, 65535, page, false);
    m_port->setObjectName(QStringLiteral("listenPort"));
    m_port->setToolTip(tr("0 lets the system pick a free port at each start."));
    form->addRow(tr("Listen on port:"), m_port);
    m_upnp = new QCheckBox(tr("Forward the port with UPnP"), page);
    m_upnp->setChecked(s.enableUpnp);
    m_natpmp = new QCheckBox(tr("Forward the port with NAT-PMP"), page);
    m_natpmp->setChecked(s.enableNatPmp);
    form->addRow(QString(), m_upnp);
    form->addRow(QString(), m_natpmp);
    m_encryption = new QComboBox(page);
    m_encryption->addItem(tr("Prefer encryption"), int(EncryptionMode::Prefer));
    m_encryption->addItem(tr("Require encryption"), int(EncryptionMode::Require));
    m_encryption->addItem(tr("Disable encryption"), int(EncryptionMode::Disable));
    m_encryption->setCurrentIndex(m_encryption->findData(int(s.encryption)));
    form->addRow(tr("Encryption:"), m_encryption);
    m_preferTcp = new QCheckBox(tr("Connect over TCP first (uTP is still accepted)"), page);
    m_preferTcp->setChecked(s.preferTcp);
    form->addRow(QString(), m_preferTcp);
    return page;
}

QWidget *SettingsDialog::speedPage()
{
    const SessionSettings &s = m_config.session;
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *global = new QGroupBox(tr("Global caps"), page);
    auto *globalForm = new QFormLayout(global);
    m_down = rateBox(s.limits.downloadLimit, global);
    m_up = rateBox(s.limits.uploadLimit, global);
    m_down->setObjectName(QStringLiteral("downloadLimit"));
    m_up->setObjectName(QStringLiteral("uploadLimit"));
    globalForm->addRow(tr("Download:"), m_down);
    globalForm->addRow(tr("Upload:"), m_up);
    layout->addWidget(global);

    auto *alt = new QGroupBox(tr("Alternative caps"), page);
    auto *altForm = new QFormLayout(alt);
    m_altDown = rateBox(s.altLimits.downloadLimit, alt);
    m_altUp = rateBox(s.altLimits.uploadLimit, alt);
    altForm->addRow(tr("Download:"), m_altDown);
    altForm->addRow(tr("Upload:"), m_altUp);
    m_altEnabled = new QCheckBox(tr("Use the alternative caps now"), alt);
    m_altEnabled->setChecked(s.altLimitsEnabled);
    altForm->addRow(QString(), m_altEnabled);
    m_schedule = new QCheckBox(tr("Switch them on by schedule:"), alt);
    m_schedule->setChecked(s.altSchedule.enabled);
    m_scheduleFrom = new QTimeEdit(s.altSchedule.from, alt);
    m_scheduleTo = new QTimeEdit(s.altSchedule.to, alt);
    auto *times = new QHBoxLayout;
    times->addWidget(m_scheduleFrom);
    times->addWidget(new QLabel(tr("to"), alt));
    times->addWidget(m_scheduleTo);
    times->addStretch();
    altForm->addRow(m_schedule, times);
    auto *days = new QHBoxLayout;
    for (int day = 0; day < 7; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day + 1, QLocale::ShortFormat), alt);
        box->setChecked(s.altSchedule.days & (1u << day));
        m_days.append(box);
        days->addWidget(box);
    }
    altForm->addRow(QString(), days);
    layout->addWidget(alt);

    m_limitLocal = new QCheckBox(tr("Apply the caps to peers on the local network too"), page);
    m_limitLocal->setChecked(s.limitLocalPeers);
    layout->addWidget(m_limitLocal);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::bittorrentPage()
{
    const SessionSettings &s = m_config.session;
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_dht = new QCheckBox(tr("Find peers on the DHT network"), page);
    m_dht->setObjectName(QStringLiteral("dht"));
    m_dht->setChecked(s.enableDht);
    m_pex = new QCheckBox(tr("Exchange peers with peers (takes effect at the next start)"), page);
    m_pex->setChecked(s.enablePex);
    m_lsd = new QCheckBox(tr("Find peers on the local network"), page);
    m_lsd->setChecked(s.enableLsd);
    form->addRow(QString(), m_dht);
    form->addRow(QString(), m_pex);
    form->addRow(QString(), m_lsd);
    m_activeDownloads = countBox(s.maxActiveDownloads, -1, 10000, page, true);
    m_activeSeeds = countBox(s.maxActiveSeeds, -1, 10000, page, true);
    m_activeTorrents = countBox(s.maxActiveTorrents, -1, 100000, page, true);
    m_connections = countBox(s.connectionsLimit, 2, 65535, page, false);
    form->addRow(tr("Active downloads at most:"), m_activeDownloads);
    form->addRow(tr("Active uploads at most:"), m_activeSeeds);
    form->addRow(tr("Active torrents at most:"), m_activeTorrents);
    form->addRow(tr("Connections at most:"), m_connections);

    // Seeding goals: 0 is none.
    m_seedRatio = new QDoubleSpinBox(page);
    m_seedRatio->setObjectName(QStringLiteral("stopSeedingAtRatio"));
    m_seedRatio->setRange(0, 1000);
    m_seedRatio->setDecimals(2);
    m_seedRatio->setSingleStep(0.25);
    m_seedRatio->setSpecialValueText(tr("Never"));
    m_seedRatio->setValue(s.stopSeedingAtRatio);
    m_seedMinutes = new QSpinBox(page);
    m_seedMinutes->setObjectName(QStringLiteral("stopSeedingAfterMinutes"));
    m_seedMinutes->setRange(0, 5'256'000);
    m_seedMinutes->setSuffix(tr(" min"));
    m_seedMinutes->setSpecialValueText(tr("Never"));
    m_seedMinutes->setValue(s.stopSeedingAfterMinutes);
    form->addRow(tr("Stop seeding at ratio:"), m_seedRatio);
    form->addRow(tr("Stop seeding after:"), m_seedMinutes);
    return page;
}

QWidget *SettingsDialog::interfacePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &language : availableLanguages()) {
        const QLocale locale(language);
        m_language->addItem(locale.nativeLanguageName(), language);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->language())));
    form->addRow(tr("Language (after a restart):"), m_language);
    m_confirmRemove = new QCheckBox(tr("Ask before removing torrents"), page);
    m_confirmRemove->setChecked(m_settings->confirmRemove());
    m_closeToTray = new QCheckBox(tr("Closing the window keeps Revaer running in the system tray"), page);
    m_closeToTray->setChecked(m_settings->closeToTray());
    // No promise the desktop cannot keep: without a tray, closing quits.
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_closeToTray->setEnabled(false);
        m_closeToTray->setToolTip(tr("This desktop has no system tray: closing the window quits Revaer. The setting applies "
                                     "once a tray appears."));
        m_closeToTray->setText(tr("Closing the window keeps Revaer running in the system tray (no tray on this desktop)"));
    }
    form->addRow(QString(), m_confirmRemove);
    form->addRow(QString(), m_closeToTray);
    m_categoryMove = new QComboBox(page);
    m_categoryMove->setObjectName(QStringLiteral("categoryMove"));
    m_categoryMove->addItem(tr("Ask each time"), int(SettingsStore::CategoryMove::Ask));
    m_categoryMove->addItem(tr("Move its data there"), int(SettingsStore::CategoryMove::Move));
    m_categoryMove->addItem(tr("Leave its data where it is"), int(SettingsStore::CategoryMove::Keep));
    m_categoryMove->setCurrentIndex(std::max(0, m_categoryMove->findData(int(m_settings->categoryMove()))));
    form->addRow(tr("Filed under a category with its own folder:"), m_categoryMove);

    // Which application opens magnet links and .torrent files.
    auto *handler = new QLabel(page);
    handler->setObjectName(QStringLiteral("handlerStatus"));
    handler->setWordWrap(true);
    auto *makeDefault = new QPushButton(tr("Make Revaer the &Default"), page);
    makeDefault->setObjectName(QStringLiteral("makeDefaultHandler"));
    auto showHandler = [handler, makeDefault] {
        const bool ours = DesktopIntegration::isDefaultHandler();
        handler->setText(ours ? tr("Magnet links and .torrent files open in Revaer.")
                              : tr("Magnet links and .torrent files open in another application, or in none."));
        makeDefault->setEnabled(!ours);
    };
    connect(makeDefault, &QPushButton::clicked, this, [handler, showHandler] {
        QString error;
        if (DesktopIntegration::makeDefaultHandler(&error))
            showHandler();
        else
            handler->setText(error);
    });
    showHandler();
    auto *handlerRow = new QVBoxLayout;
    handlerRow->addWidget(handler);
    handlerRow->addWidget(makeDefault, 0, Qt::AlignLeft);
    form->addRow(tr("Opening torrents:"), handlerRow);
    return page;
}

QWidget *SettingsDialog::watchedFoldersPage()
{
    m_watched = new WatchedFoldersEditor(this);
    m_watched->setFolders(m_settings->watchedFolders());
    return m_watched;
}

QWidget *SettingsDialog::remotePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_remoteEnabled = new QCheckBox(tr("Let other programs and devices control Revaer"), page);
    m_remoteEnabled->setObjectName(QStringLiteral("remoteEnabled"));
    m_remoteEnabled->setChecked(m_remote.enabled);
    form->addRow(QString(), m_remoteEnabled);
    auto *about = new QLabel(tr("Revaer speaks Transmission's remote protocol: transmission-remote, Transmission's web "
                                "client, Tremotesf, Transdroid, Sonarr and Radarr can add and control torrents."),
        page);
    about->setWordWrap(true);
    form->addRow(QString(), about);
    m_remoteAddress = new QLineEdit(m_remote.bindAddress, page);
    m_remoteAddress->setObjectName(QStringLiteral("remoteAddress"));
    m_remoteAddress->setToolTip(tr("127.0.0.1: this computer only. 0.0.0.0: every network it is on (then a user and "
                                   "password are required)."));
    form->addRow(tr("Listen on address:"), m_remoteAddress);
    m_remotePort = new QSpinBox(page);
    m_remotePort->setObjectName(QStringLiteral("remotePort"));
    m_remotePort->setRange(1, 65535);
    m_remotePort->setValue(m_remote.port > 0 ? m_remote.port : 9091);
    form->addRow(tr("Port:"), m_remotePort);
    m_remoteUser = new QLineEdit(m_remote.user, page);
    m_remoteUser->setObjectName(QStringLiteral("remoteUser"));
    form->addRow(tr("User name:"), m_remoteUser);
    m_remotePassword = new QLineEdit(page);
    m_remotePassword->setObjectName(QStringLiteral("remotePassword"));
    m_remotePassword->setEchoMode(QLineEdit::Password);
    m_remotePassword->setPlaceholderText(m_remote.passwordHash.isEmpty() ? tr("none") : tr("unchanged"));
    form->addRow(tr("Password:"), m_remotePassword);
    auto *stored = new QLabel(tr("Only a salted hash of the password is kept, in revaer.ini."), page);
    stored->setWordWrap(true);
    form->addRow(QString(), stored);
    m_remoteWebUi = new QLineEdit(QDir::toNativeSeparators(m_remote.webUiDir), page);
    m_remoteWebUi->setObjectName(QStringLiteral("remoteWebUi"));
    m_remoteWebUi->setPlaceholderText(tr("none (for example /usr/share/transmission/web)"));
    form->addRow(tr("Web client folder:"), m_remoteWebUi);
    auto enable = [this](bool on) {
        for (QWidget *w :
            std::initializer_list<QWidget *> {m_remoteAddress, m_remotePort, m_remoteUser, m_remotePassword, m_remoteWebUi})
            w->setEnabled(on);
    };
    connect(m_remoteEnabled, &QCheckBox::toggled, this, enable);
    enable(m_remote.enabled);
    return page;
}

RpcConfig SettingsDialog::remoteConfig() const
{
    RpcConfig c = m_remote;
    c.enabled = m_remoteEnabled->isChecked();
    c.bindAddress = m_remoteAddress->text().trimmed();
    c.port = m_remotePort->value();
    c.user = m_remoteUser->text().trimmed();
    if (!m_remotePassword->text().isEmpty())
        c.passwordHash = RpcConfig::hashPassword(m_remotePassword->text());
    if (c.user.isEmpty())
        c.passwordHash.clear(); // a password without a user is never asked for
    c.webUiDir = QDir::cleanPath(QDir::fromNativeSeparators(m_remoteWebUi->text().trimmed()));
    if (m_remoteWebUi->text().trimmed().isEmpty())
        c.webUiDir.clear();
    return c;
}

EngineConfig SettingsDialog::config() const
{
    EngineConfig c = m_config;
    c.defaultSavePath = QDir::cleanPath(QDir::fromNativeSeparators(m_savePath->text().trimmed()));
    SessionSettings &s = c.session;
    if (portOf(s.listenInterfaces) != m_port->value())
        s.listenInterfaces = QStringLiteral("0.0.0.0:%1,[::]:%1").arg(m_port->value());
    s.enableUpnp = m_upnp->isChecked();
    s.enableNatPmp = m_natpmp->isChecked();
    s.encryption = EncryptionMode(m_encryption->currentData().toInt());
    s.preferTcp = m_preferTcp->isChecked();
    s.limits = {m_down->value() * 1024, m_up->value() * 1024};
    s.altLimits = {m_altDown->value() * 1024, m_altUp->value() * 1024};
    s.altLimitsEnabled = m_altEnabled->isChecked();
    s.altSchedule.enabled = m_schedule->isChecked();
    s.altSchedule.from = m_scheduleFrom->time();
    s.altSchedule.to = m_scheduleTo->time();
    s.altSchedule.days = 0;
    for (int day = 0; day < m_days.size(); ++day) {
        if (m_days.at(day)->isChecked())
            s.altSchedule.days |= quint8(1u << day);
    }
    s.limitLocalPeers = m_limitLocal->isChecked();
    s.enableDht = m_dht->isChecked();
    s.enablePex = m_pex->isChecked();
    s.enableLsd = m_lsd->isChecked();
    s.maxActiveDownloads = m_activeDownloads->value();
    s.maxActiveSeeds = m_activeSeeds->value();
    s.maxActiveTorrents = m_activeTorrents->value();
    s.connectionsLimit = m_connections->value();
    s.stopSeedingAtRatio = m_seedRatio->value();
    s.stopSeedingAfterMinutes = m_seedMinutes->value();
    return c;
}

void SettingsDialog::accept()
{
    const RpcConfig remote = remoteConfig();
    if (const QString problem = remote.problem(); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Remote Control"), problem);
        return;
    }
    QList<WatchedFolder> watched;
    if (QString problem; !m_watched->folders(&watched, &problem)) {
        QMessageBox::warning(this, tr("Watched Folders"), problem);
        return;
    }
    SettingsStore::InterfaceChoices choices;
    choices.language = m_language->currentData().toString();
    choices.showAddDialog = m_showAddDialog->isChecked();
    choices.startPaused = m_startPaused->isChecked();
    choices.confirmRemove = m_confirmRemove->isChecked();
    choices.closeToTray = m_closeToTray->isChecked();
    m_settings->setInterfaceChoices(choices);
    if (const QString incomplete = QDir::fromNativeSeparators(m_incompletePath->text().trimmed());
        incomplete != m_settings->incompletePath())
        m_settings->setIncompletePath(incomplete);
    const CompletionCommand completion {
        QDir::fromNativeSeparators(m_completionProgram->text().trimmed()), QProcess::splitCommand(m_completionArguments->text())};
    if (completion != m_settings->completionCommand())
        m_settings->setCompletionCommand(completion);
    if (watched != m_settings->watchedFolders())
        m_settings->setWatchedFolders(watched);
    if (const auto move = SettingsStore::CategoryMove(m_categoryMove->currentData().toInt()); move != m_settings->categoryMove())
        m_settings->setCategoryMove(move);
    m_settings->setEngineConfig(config());
    if (remote.toSection() != m_remote.toSection())
        m_settings->setSection(QStringLiteral("Remote"), remote.toSection());
    QDialog::accept();
}

} // namespace Revaer
