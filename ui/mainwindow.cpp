#include "mainwindow.h"
#include "createtorrentdialog.h"
#include "labelorganizer.h"

#include "addtorrentdialog.h"
#include "backend/ltversion.h"
#include "backend/torrentfileparser.h"
#include "desktopnotifier.h"
#include "detailspanel.h"
#include "logwindow.h"
#include "magnetlinksdialog.h"
#include "messagelog.h"
#include "notificationbanner.h"
#include "peerprompt.h"
#include "remoteengine.h"
#include "revaer_version.h"
#include "serversettingsdialog.h"
#include "settingsdialog.h"
#include "settingsstore.h"
#include "sourceintake.h"
#include "speedlimitdialog.h"
#include "statussidebar.h"
#include "torrentengine.h"
#include "torrentlistmodel.h"
#include "transferfilterproxy.h"
#include "transferlistview.h"
#include "transferstatusbar.h"
#include "uiresources.h"
#include "units.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Revaer {

QString MainWindow::logFilePath(const QString &settingsFile)
{
    return QFileInfo(settingsFile).absolutePath() + QStringLiteral("/logs/revaer.log");
}

MainWindow::MainWindow(TorrentEngine *engine, SettingsStore *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_settings(settings)
    , m_model(new TorrentListModel(this))
    , m_proxy(new TransferFilterProxy(this))
    , m_view(new TransferListView(m_model, m_proxy, this))
    , m_sidebar(new StatusSidebar(this))
    , m_labels(new LabelOrganizer(
          engine, settings, m_model, m_proxy, [this] { return selectedIds(); }, this))
    , m_search(new QLineEdit(this))
    , m_banner(new NotificationBanner(this))
    , m_log(new MessageLog(this))
    , m_notifier(new DesktopNotifier(this))
    , m_details(new DetailsPanel(engine, m_model, this))
    , m_intake(new SourceIntake(engine, settings, m_model, m_banner, this))
    , m_hsplit(new QSplitter(Qt::Horizontal, this))
    , m_vsplit(new QSplitter(Qt::Vertical, this))
    , m_chooseDirectory([](QWidget *owner, const QString &title, const QString &start) {
        return QFileDialog::getExistingDirectory(owner, title, start);
    })
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Revaer"));
    setWindowIcon(uiIcon("revaer"));
    setAcceptDrops(true);
    connect(m_intake, &SourceIntake::openedFromDesktop, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_model->attach(engine);

    // The session's messages, kept for View > Log and written beside the
    // settings (logs/revaer.log, rotated).
    connect(m_banner, &NotificationBanner::posted, m_log, &MessageLog::append);
    connect(m_banner, &NotificationBanner::logRequested, this, &MainWindow::showLog);
    if (!m_settings->path().isEmpty() && !m_log->setFile(logFilePath(m_settings->path())))
        QTimer::singleShot(0, this, [this] { m_banner->post(NotificationBanner::Level::Warning, m_log->fileError()); });

    connect(m_view, &TransferListView::selectedIdsChanged, this, &MainWindow::onSelectionChanged);
    connect(m_view, &QTreeView::doubleClicked, this, [this] { openContainingFolder(); });

    m_search->setPlaceholderText(tr("Filter by name"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(uiIcon("search"), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TransferFilterProxy::setNameFilter);
    // Escape clears it; the window's shortcuts (Ctrl+U) win over the line
    // edit's own editing keys there.
    m_search->installEventFilter(this);

    connect(m_sidebar, &StatusSidebar::filterChanged, m_proxy, &TransferFilterProxy::setStatusFilter);
    connect(m_model, &TorrentListModel::countsChanged, this, [this] { m_sidebar->setCounts(m_model->counts()); });

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_banner);
    listLayout->addWidget(m_view, 1);

    m_vsplit->addWidget(listPane);
    m_vsplit->addWidget(m_details);
    m_vsplit->setStretchFactor(0, 3);
    m_vsplit->setStretchFactor(1, 2);
    // The sidebar: statuses, then categories, then tags.
    auto *sideSplit = new QSplitter(Qt::Vertical, this);
    sideSplit->setObjectName(QStringLiteral("sideSplit"));
    sideSplit->addWidget(m_sidebar);
    sideSplit->addWidget(m_labels->categories());
    sideSplit->addWidget(m_labels->tags());
    sideSplit->setStretchFactor(0, 0);
    sideSplit->setStretchFactor(1, 1);
    sideSplit->setStretchFactor(2, 1);
    m_hsplit->addWidget(sideSplit);
    m_hsplit->addWidget(m_vsplit);
    m_hsplit->setStretchFactor(1, 1);
    m_hsplit->setSizes({170, 1000});
    setCentralWidget(m_hsplit);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    createTray();
    connectEngine();
    restoreLayout();
    // The Speed Limits column shows once a torrent has caps of its own.
    m_view->header()->setSectionHidden(TorrentListModel::Limits, true);
    updateActions();
    resize(1200, 760);
    if (const QByteArray geometry = m_settings->windowLayout().geometry; !geometry.isEmpty())
        restoreGeometry(geometry);
    // Whatever was saved (a window once stretched by a long name, a screen
    // since unplugged), the window fits the screen it is on.
    const QRect available = screen()->availableGeometry();
    if (width() > available.width() || height() > available.height())
        resize(std::min(width(), available.width()), std::min(height(), available.height()));
}

MainWindow::~MainWindow()
{
    saveLayout();
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name, Qt::FindDirectChildrenOnly);
}

void MainWindow::createActions()
{
    // Each action is a named member; its object name finds it in tests.
    auto make = [this](const char *name, const QIcon &actionIcon, const QString &text, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(actionIcon, text, this);
        a->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        return a;
    };
    Actions &a = m_act;
    a.addTorrent = make("addTorrent", uiIcon("add-torrent"), tr("&Open Torrent File…"), QKeySequence::Open);
    a.addMagnet = make("addMagnet", uiIcon("add-magnet"), tr("Add &Magnet Link…"), QKeySequence(tr("Ctrl+U")));
    a.paste = make("paste", QIcon(), tr("&Paste Magnet Link or Path"), QKeySequence::Paste);
    a.resume = make("resume", uiIcon("resume"), tr("&Resume"), QKeySequence(tr("Ctrl+S")));
    a.pause = make("pause", uiIcon("pause"), tr("&Pause"), QKeySequence(tr("Ctrl+P")));
    a.resumeAll = make("resumeAll", uiIcon("resume"), tr("Resume &All"), QKeySequence(tr("Ctrl+Shift+S")));
    a.pauseAll = make("pauseAll", uiIcon("pause"), tr("Pause A&ll"), QKeySequence(tr("Ctrl+Shift+P")));
    a.remove = make("remove", uiIcon("remove"), tr("Re&move"), QKeySequence::Delete);
    a.removeWithData = make("removeWithData", uiIcon("remove-data"), tr("Remove With &Data…"), QKeySequence(tr("Shift+Del")));
    a.recheck = make("recheck", uiIcon("recheck"), tr("Force Re&check"), QKeySequence(tr("Ctrl+R")));
    a.reannounce = make("reannounce", uiIcon("reannounce"), tr("Force Re&announce"), QKeySequence(tr("Ctrl+Shift+R")));
    a.addPeers = make("addPeers", QIcon(), tr("Add P&eers…"));
    a.connectServer = make("connectServer", QIcon(), tr("Co&nnect to Server…"));
    a.queueTop = make("queueTop", uiIcon("queue-top"), tr("Move to &Top of Queue"), QKeySequence(tr("Alt+Home")));
    a.queueUp = make("queueUp", uiIcon("queue-up"), tr("Move &Up in Queue"), QKeySequence(tr("Alt+Up")));
    a.queueDown = make("queueDown", uiIcon("queue-down"), tr("Move &Down in Queue"), QKeySequence(tr("Alt+Down")));
    a.queueBottom = make("queueBottom", uiIcon("queue-bottom"), tr("Move to &Bottom of Queue"), QKeySequence(tr("Alt+End")));
    a.openFolder = make("openFolder", uiIcon("folder-open"), tr("Open Containing &Folder"), QKeySequence(tr("Ctrl+E")));
    a.copyMagnet = make("copyMagnet", uiIcon("copy-link"), tr("&Copy Magnet Link"), QKeySequence(tr("Ctrl+Shift+C")));
    a.sequential = make("sequential", uiIcon("sequential"), tr("&Sequential Download"), QKeySequence(tr("Ctrl+Shift+Q")));
    a.sequential->setCheckable(true);
    a.torrentLimits = make("torrentLimits", uiIcon("limits"), tr("Torrent Speed &Limits…"), QKeySequence(tr("Ctrl+L")));
    a.move = make("move", uiIcon("move"), tr("Mo&ve To…"), QKeySequence(tr("Ctrl+M")));
    a.altSpeed = make("altSpeed", uiIcon("alt-speed"), tr("&Alternative Speed Limits"), QKeySequence(tr("Ctrl+Shift+A")));
    a.altSpeed->setCheckable(true);
    a.settings = make("settings", uiIcon("settings"), tr("&Settings…"), QKeySequence::Preferences);
    a.createTorrent = make("createTorrent", QIcon(), tr("&Create Torrent…"), QKeySequence(tr("Ctrl+N")));
    connect(a.createTorrent, &QAction::triggered, this, [this] {
        CreateTorrentDialog dialog(m_engine, this);
        dialog.exec();
    });
    a.showDetails = make("showDetails", QIcon(), tr("Show &Details"), QKeySequence(tr("Ctrl+D")));
    a.showDetails->setCheckable(true);
    a.showDetails->setChecked(true);
    a.quit = make("quit", uiIcon("quit"), tr("&Quit"), QKeySequence::Quit);
    a.find = make("find", uiIcon("search"), tr("&Find"), QKeySequence::Find);
    a.about = make("about", uiIcon("revaer"), tr("&About Revaer"));
    a.showLog = make("showLog", uiIcon("log"), tr("&Log"), QKeySequence(tr("Ctrl+Shift+L")));

    connect(a.addTorrent, &QAction::triggered, m_intake, &SourceIntake::openTorrentFiles);
    connect(a.addMagnet, &QAction::triggered, m_intake, &SourceIntake::addMagnetLinks);
    connect(a.paste, &QAction::triggered, this, [this] {
        if (m_search->hasFocus())
            m_search->paste();
        else
            m_intake->pasteFromClipboard();
    });
    connect(a.resume, &QAction::triggered, this, [this] { m_engine->resumeTorrents(selectedIds()); });
    connect(a.pause, &QAction::triggered, this, [this] { m_engine->pauseTorrents(selectedIds()); });
    connect(a.resumeAll, &QAction::triggered, this, [this] { m_engine->resumeTorrents(m_model->ids()); });
    connect(a.pauseAll, &QAction::triggered, this, [this] { m_engine->pauseTorrents(m_model->ids()); });
    connect(a.remove, &QAction::triggered, this, [this] { removeSelected(false); });
    connect(a.removeWithData, &QAction::triggered, this, [this] { removeSelected(true); });
    connect(a.recheck, &QAction::triggered, this, [this] { m_engine->recheckTorrents(selectedIds()); });
    connect(a.reannounce, &QAction::triggered, this, [this] { m_engine->forceReannounce(selectedIds()); });
    connect(a.addPeers, &QAction::triggered, this, &MainWindow::addPeersToSelected);
    connect(a.connectServer, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(a.queueTop, &QAction::triggered, this, [this] { moveSelectedInQueue(QueueMove::Top); });
    connect(a.queueUp, &QAction::triggered, this, [this] { moveSelectedInQueue(QueueMove::Up); });
    connect(a.queueDown, &QAction::triggered, this, [this] { moveSelectedInQueue(QueueMove::Down); });
    connect(a.queueBottom, &QAction::triggered, this, [this] { moveSelectedInQueue(QueueMove::Bottom); });
    connect(a.openFolder, &QAction::triggered, this, &MainWindow::openContainingFolder);
    connect(a.copyMagnet, &QAction::triggered, this, &MainWindow::copyMagnetLinks);
    connect(a.sequential, &QAction::triggered, this, [this](bool on) { m_engine->setSequential(selectedIds(), on); });
    connect(a.torrentLimits, &QAction::triggered, this, &MainWindow::setSelectedLimits);
    connect(a.move, &QAction::triggered, this, &MainWindow::moveSelected);
    connect(a.altSpeed, &QAction::triggered, this, [this](bool on) { m_engine->setAltLimitsEnabled(on); });
    connect(a.settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(a.showDetails, &QAction::toggled, m_details, &QWidget::setVisible);
    connect(a.quit, &QAction::triggered, this, &MainWindow::quit);
    connect(a.find, &QAction::triggered, this, [this] { m_search->setFocus(); });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.showLog, &QAction::triggered, this, &MainWindow::showLog);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_act.addTorrent);
    file->addAction(m_act.addMagnet);
    file->addAction(m_act.paste);
    file->addSeparator();
    file->addAction(m_act.connectServer);
    file->addSeparator();
    file->addAction(m_act.quit);

    QMenu *edit = menuBar()->addMenu(tr("&Torrent"));
    for (QAction *item : std::initializer_list<QAction *> {m_act.resume, m_act.pause, nullptr, m_act.remove, m_act.removeWithData,
             nullptr, m_act.recheck, m_act.reannounce, m_act.addPeers, m_act.sequential, m_act.torrentLimits, m_act.move, nullptr,
             m_act.openFolder, m_act.copyMagnet, nullptr, m_act.resumeAll, m_act.pauseAll}) {
        if (!item)
            edit->addSeparator();
        else
            edit->addAction(item);
    }
    edit->addSeparator();
    edit->addMenu(queueMenu(edit));
    edit->addMenu(m_labels->categoryMenu(edit));
    edit->addMenu(m_labels->tagMenu(edit));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_act.showDetails);
    view->addAction(m_act.find);
    view->addSeparator();
    view->addAction(m_act.showLog);

    QMenu *help = nullptr; // after Tools, below
    QMenu *tools = menuBar()->addMenu(tr("T&ools"));
    tools->addAction(m_act.altSpeed);
    tools->addAction(m_act.createTorrent);
    tools->addAction(m_act.settings);

    help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User Guide"), this, [this] { openDocument(QStringLiteral("README.md")); });
    help->addAction(tr("When Something Goes &Wrong"), this, [this] { openDocument(QStringLiteral("operator-notes.md")); });
    help->addSeparator();
    help->addAction(m_act.about);

    m_contextMenu = new QMenu(this);
    for (QAction *item : std::initializer_list<QAction *> {m_act.resume, m_act.pause, nullptr, m_act.remove, m_act.removeWithData,
             nullptr, m_act.recheck, m_act.reannounce, m_act.addPeers, m_act.sequential, m_act.torrentLimits, m_act.move, nullptr,
             m_act.openFolder, m_act.copyMagnet}) {
        if (!item)
            m_contextMenu->addSeparator();
        else
            m_contextMenu->addAction(item);
    }
    m_contextMenu->addSeparator();
    m_contextMenu->addMenu(queueMenu(m_contextMenu));
    m_contextMenu->addMenu(m_labels->categoryMenu(m_contextMenu));
    m_contextMenu->addMenu(m_labels->tagMenu(m_contextMenu));
    m_view->setContextMenu(m_contextMenu);
}

QMenu *MainWindow::queueMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Queue"), parent);
    for (QAction *item : std::initializer_list<QAction *> {m_act.queueTop, m_act.queueUp, m_act.queueDown, m_act.queueBottom})
        menu->addAction(item);
    return menu;
}

void MainWindow::moveSelectedInQueue(QueueMove move)
{
    if (const QList<TorrentId> ids = m_view->selectedForQueueMove(move); !ids.isEmpty())
        m_engine->moveInQueue(ids, move);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(22, 22));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QAction *item : std::initializer_list<QAction *> {m_act.addTorrent, m_act.addMagnet, nullptr, m_act.resume, m_act.pause,
             m_act.remove, nullptr, m_act.queueUp, m_act.queueDown, nullptr, m_act.recheck, m_act.openFolder, nullptr,
             m_act.altSpeed, m_act.settings}) {
        if (!item)
            bar->addSeparator();
        else
            bar->addAction(item);
    }
}

void MainWindow::createStatusBar()
{
    m_statusBar = new TransferStatusBar(m_engine, m_act.altSpeed, this);
    setStatusBar(m_statusBar);
    connect(m_statusBar, &TransferStatusBar::capsChosen, this, &MainWindow::setGlobalCaps);
    connect(m_statusBar, &TransferStatusBar::settingsRequested, this, &MainWindow::showSettings);
    connect(m_statusBar, &TransferStatusBar::healthWorsened, this, [this](const HealthEvent &event) {
        m_banner->post(
            event.state == HealthState::Unhealthy ? NotificationBanner::Level::Error : NotificationBanner::Level::Warning,
            event.reason);
    });
}

void MainWindow::createTray()
{
    if (m_tray)
        return;
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        // A panel started after Revaer (or restarted) brings a tray: look again.
        if (!m_trayProbe.isActive()) {
            m_trayProbe.setInterval(TrayProbeMs);
            connect(&m_trayProbe, &QTimer::timeout, this, &MainWindow::createTray, Qt::UniqueConnection);
            m_trayProbe.start();
        }
        return;
    }
    m_trayProbe.stop();
    m_tray = new QSystemTrayIcon(uiIcon("revaer"), this);
    m_notifier->setTray(m_tray);
    auto *menu = new QMenu(this);
    menu->addAction(tr("&Show Revaer"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addSeparator();
    menu->addAction(m_act.resumeAll);
    menu->addAction(m_act.pauseAll);
    menu->addAction(m_act.altSpeed);
    menu->addSeparator();
    menu->addAction(m_act.quit);
    m_tray->setContextMenu(menu);
    m_tray->setToolTip(QStringLiteral("Revaer"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason != QSystemTrayIcon::Trigger)
            return;
        if (isVisible() && !isMinimized()) {
            hide();
        } else {
            showNormal();
            raise();
            activateWindow();
        }
    });
    m_tray->show();
}

void MainWindow::connectEngine()
{
    // Every message goes to the banner and, with its torrent, to the log.
    auto torrentName = [this](const TorrentId &id) {
        const TorrentListModel::Row *row = id.isValid() ? m_model->find(id) : nullptr;
        return row ? row->name : QString();
    };
    connect(m_engine, &TorrentEngine::message, this, [this, torrentName](const EngineMessage &event) {
        switch (event.severity) {
        case EngineMessage::Severity::Error:
            m_banner->post(NotificationBanner::Level::Error, event.message, torrentName(event.id));
            if (event.id.isValid() && userIsElsewhere())
                m_notifier->notify(DesktopNotifier::Kind::Error, tr("Revaer: a torrent stopped"), event.message);
            break;
        case EngineMessage::Severity::Warning:
            m_banner->post(NotificationBanner::Level::Warning, event.message, torrentName(event.id));
            break;
        case EngineMessage::Severity::Notice:
            m_banner->post(NotificationBanner::Level::Info, event.message, torrentName(event.id));
            break;
        }
    });
    connect(m_engine, &TorrentEngine::reconciled, this, [this](const ReconciliationEvent &event) {
        const bool serious
            = event.kind == ReconciliationEvent::Kind::Quarantined || event.kind == ReconciliationEvent::Kind::SavePathMissing;
        m_banner->post(serious ? NotificationBanner::Level::Warning : NotificationBanner::Level::Info, event.message);
    });
    auto showLimitsColumn = [this](const RateLimits &limits) {
        if (limits.downloadLimit > 0 || limits.uploadLimit > 0)
            m_view->header()->setSectionHidden(TorrentListModel::Limits, false);
    };
    connect(m_engine, &TorrentEngine::torrentLimitsChanged, this,
        [showLimitsColumn](const TorrentId &, const RateLimits &limits) { showLimitsColumn(limits); });
    connect(m_engine, &TorrentEngine::torrentAdded, this,
        [showLimitsColumn](const TorrentAddedEvent &event) { showLimitsColumn(event.limits); });
    // Adds and completions are kept in the log too (not in the banner: they are no news to act on).
    connect(m_engine, &TorrentEngine::torrentAdded, this, [this](const TorrentAddedEvent &event) {
        if (!event.restored)
            m_log->append(NotificationBanner::Level::Info,
                tr("Added, saving to “%1”.").arg(QDir::toNativeSeparators(event.savePath)), event.name);
    });
    connect(m_engine, &TorrentEngine::magnetLinksReady, this, [](const QStringList &links) {
        if (!links.isEmpty())
            QApplication::clipboard()->setText(links.join(u'\n'));
    });
    connect(m_engine, &TorrentEngine::sessionStatsUpdated, this, [this](const SessionStatsEvent &stats) {
        if (m_tray)
            m_tray->setToolTip(
                tr("Revaer\n↓ %1  ↑ %2").arg(Units::formatRate(stats.downloadRate), Units::formatRate(stats.uploadRate)));
    });
    connect(m_engine, &TorrentEngine::limitsChanged, this,
        [this](const LimitsEvent &event) { m_act.altSpeed->setChecked(event.altLimitsEnabled); });
    connect(m_engine, &TorrentEngine::completed, this, &MainWindow::onCompleted);
    // Resume and Pause follow the selected torrents' states; many state
    // changes in a burst update them once.
    m_actionsTimer.setSingleShot(true);
    m_actionsTimer.setInterval(50);
    connect(&m_actionsTimer, &QTimer::timeout, this, &MainWindow::updateActions);
    connect(m_engine, &TorrentEngine::stateChanged, this, [this] {
        if (m_view->selectionModel()->hasSelection() && !m_actionsTimer.isActive())
            m_actionsTimer.start();
    });
    connect(m_details, &DetailsPanel::problem, this,
        [this](const QString &message) { m_banner->post(NotificationBanner::Level::Error, message); });
    // An edit of the settings file with a bad value, or one that cannot be read.
    connect(m_settings, &SettingsStore::problem, this,
        [this](const QString &message) { m_banner->post(NotificationBanner::Level::Warning, message); });
}

void MainWindow::restoreLayout()
{
    const SettingsStore::WindowLayout layout = m_settings->windowLayout();
    if (!layout.transferHeader.isEmpty())
        m_view->header()->restoreState(layout.transferHeader);
    if (!layout.horizontalSplit.isEmpty())
        m_hsplit->restoreState(layout.horizontalSplit);
    if (!layout.verticalSplit.isEmpty())
        m_vsplit->restoreState(layout.verticalSplit);
    m_act.showDetails->setChecked(layout.showDetails);
    m_sidebar->select(statusFilterFromKey(layout.statusFilter));
    m_labels->categories()->select(LabelFilter::fromKey(layout.categoryFilter));
    m_labels->tags()->select(LabelFilter::fromKey(layout.tagFilter));
}

void MainWindow::saveLayout()
{
    SettingsStore::WindowLayout layout;
    // A window larger than its screen is a window gone wrong: not kept.
    const QRect available = screen()->availableGeometry();
    if (width() <= available.width() && height() <= available.height())
        layout.geometry = saveGeometry();
    layout.transferHeader = m_view->header()->saveState();
    layout.horizontalSplit = m_hsplit->saveState();
    layout.verticalSplit = m_vsplit->saveState();
    layout.showDetails = m_act.showDetails->isChecked();
    layout.statusFilter = statusFilterKey(m_sidebar->current());
    layout.categoryFilter = m_labels->categories()->wanted().key();
    layout.tagFilter = m_labels->tags()->wanted().key();
    m_settings->setWindowLayout(layout);
}

QList<TorrentId> MainWindow::selectedIds() const
{
    return m_view->selectedIds();
}

void MainWindow::onSelectionChanged()
{
    const QList<TorrentId> ids = selectedIds();
    m_details->setTorrent(ids.size() == 1 ? ids.constFirst() : TorrentId {});
    updateActions();
}

void MainWindow::updateActions()
{
    const QList<TorrentId> ids = selectedIds();
    const bool any = !ids.isEmpty();
    for (QAction *item : std::initializer_list<QAction *> {m_act.remove, m_act.removeWithData, m_act.recheck, m_act.reannounce,
             m_act.addPeers, m_act.openFolder, m_act.copyMagnet, m_act.sequential, m_act.torrentLimits, m_act.move,
             m_act.queueTop, m_act.queueUp, m_act.queueDown, m_act.queueBottom})
        item->setEnabled(any);
    // Resume for what is stopped (paused or stopped by an error), Pause for
    // what is not paused yet.
    bool canResume = false;
    bool canPause = false;
    for (const TorrentId &id : ids) {
        const TorrentListModel::Row *row = m_model->find(id);
        if (!row)
            continue;
        const bool stopped = row->state == TorrentState::Paused || row->state == TorrentState::Error;
        canResume = canResume || stopped;
        canPause = canPause || row->state != TorrentState::Paused;
        if (canResume && canPause)
            break;
    }
    m_act.resume->setEnabled(canResume);
    m_act.pause->setEnabled(canPause);
    if (any) {
        const TorrentListModel::Row *first = m_model->find(ids.constFirst());
        m_act.sequential->setChecked(first && first->sequential);
    }
}

void MainWindow::addSource(const QString &source)
{
    m_intake->addSources({source});
}

void MainWindow::addSources(const QStringList &sources)
{
    m_intake->addSources(sources);
}

void MainWindow::removeSelected(bool withData)
{
    const QList<TorrentId> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const bool confirm = withData || m_settings->confirmRemove();
    if (confirm) {
        const QString what = ids.size() == 1 && m_model->find(ids.constFirst())
            ? QStringLiteral("“%1”").arg(m_model->find(ids.constFirst())->name)
            : tr("%n torrents", nullptr, int(ids.size()));
        const QString question = withData ? tr("Remove %1 and delete the downloaded files from the disk?").arg(what)
                                          : tr("Remove %1 from the list? The downloaded files stay on the disk.").arg(what);
        QMessageBox box(
            QMessageBox::Question, withData ? tr("Remove With Data") : tr("Remove"), question, QMessageBox::Cancel, this);
        QPushButton *yes = box.addButton(withData ? tr("Remove and Delete Files") : tr("Remove"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(yes))
            return;
    }
    m_engine->removeTorrents(ids, withData ? RemoveMode::DeleteFiles : RemoveMode::KeepFiles);
}

void MainWindow::openContainingFolder()
{
    for (const TorrentId &id : selectedIds()) {
        const TorrentListModel::Row *row = m_model->find(id);
        if (!row)
            continue;
        const QString inside = row->savePath + u'/' + row->name;
        const QString folder = QFileInfo(inside).isDir() ? inside : row->savePath;
        if (!QFileInfo(folder).isDir()) {
            m_banner->post(NotificationBanner::Level::Error,
                tr("Cannot open the folder of “%1”: “%2” does not exist (moved, deleted, or on a drive that is not "
                   "connected). Reconnect it, or use Move To… to say where the files are.")
                    .arg(Units::elided(row->name), QDir::toNativeSeparators(folder)));
        } else if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
            m_banner->post(NotificationBanner::Level::Error,
                tr("Cannot open “%1”: no file manager answered. Install one, or open the folder yourself.")
                    .arg(QDir::toNativeSeparators(folder)));
        }
    }
}

QString MainWindow::aboutText() const
{
    const QString profile = QDir::toNativeSeparators(
        QFileInfo(m_settings->path().isEmpty() ? m_settings->engineConfig().resumeDir : m_settings->path()).absolutePath());
    return tr("<h3>Revaer %1</h3>"
              "<p>A BitTorrent client that never loses a torrent.</p>"
              "<p>Qt %2 (built with %3), libtorrent %4</p>"
              "<p>Licence: GNU General Public License, version 3 or later.</p>"
              "<p>Profile: %5<br>Log: %6</p>")
        .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(REVAER_VERSION_STRING)
                                                              : QCoreApplication::applicationVersion(),
            QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), libtorrentVersion(), profile.toHtmlEscaped(),
            QDir::toNativeSeparators(m_log->filePath().isEmpty() ? tr("not written") : m_log->filePath()).toHtmlEscaped());
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::NoIcon, tr("About Revaer"), aboutText(), QMessageBox::Close, this);
    box.setIconPixmap(uiIcon("revaer").pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

QString MainWindow::documentPath(const QString &name)
{
    // Installed beside Revaer (share/doc/revaer), else in the source tree a
    // build folder sits in.
    const QString bin = QCoreApplication::applicationDirPath();
    const QStringList places {bin + QStringLiteral("/../share/doc/revaer/") + name, bin + QStringLiteral("/../../") + name,
        bin + QStringLiteral("/../../docs/") + name};
    for (const QString &place : places) {
        if (QFileInfo(place).isFile())
            return QDir::cleanPath(place);
    }
    return {};
}

void MainWindow::openDocument(const QString &name)
{
    const QString path = documentPath(name);
    if (path.isEmpty())
        m_banner->post(NotificationBanner::Level::Error, tr("Cannot open %1: it is not installed with this Revaer.").arg(name));
    else if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_banner->post(NotificationBanner::Level::Error,
            tr("Cannot open “%1”: no program answered for it. Open it yourself.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showLog()
{
    if (!m_logWindow)
        m_logWindow = new LogWindow(m_log, this);
    m_logWindow->show();
    m_logWindow->raise();
    m_logWindow->activateWindow();
}

void MainWindow::addPeersToSelected()
{
    const QList<TorrentId> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (const std::optional<QStringList> peers = askForPeers(this))
        m_engine->addPeers(ids, *peers);
}

void MainWindow::copyMagnetLinks()
{
    // The engine writes the links (both hashes, name, trackers) and answers
    // with magnetLinksReady, which puts them on the clipboard.
    if (const QList<TorrentId> ids = selectedIds(); !ids.isEmpty())
        m_engine->requestMagnetLinks(ids);
}

void MainWindow::setSelectedLimits()
{
    const QList<TorrentId> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // The caps in force when they are the same for all selected.
    RateLimits current;
    if (const TorrentListModel::Row *first = m_model->find(ids.constFirst())) {
        const bool same = std::all_of(ids.cbegin(), ids.cend(), [&](const TorrentId &id) {
            const TorrentListModel::Row *row = m_model->find(id);
            return row && row->limits == first->limits;
        });
        if (same)
            current = first->limits;
    }
    SpeedLimitDialog dialog(current, this);
    if (dialog.exec() == QDialog::Accepted)
        m_engine->setTorrentLimits(ids, dialog.limits());
}

void MainWindow::moveSelected()
{
    const QList<TorrentId> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const TorrentListModel::Row *first = m_model->find(ids.constFirst());
    const QString dir
        = m_chooseDirectory(this, tr("Move To"), first ? first->savePath : m_settings->engineConfig().defaultSavePath);
    if (!dir.isEmpty())
        m_engine->moveStorage(ids, dir);
}

void MainWindow::showSettings()
{
    // Connected to a server: its settings, not this computer's.
    if (auto *remote = qobject_cast<RemoteEngine *>(m_engine)) {
        ServerSettingsDialog dialog(remote, this);
        dialog.exec();
        return;
    }
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::setGlobalCaps(const RateLimits &limits)
{
    m_settings->setGlobalLimits(limits);
}

QString MainWindow::healthText() const
{
    return m_statusBar->healthText();
}

QString MainWindow::capsText() const
{
    return m_statusBar->capsText();
}

QString MainWindow::restoreStatusText() const
{
    return m_statusBar->restoreText();
}

bool MainWindow::userIsElsewhere() const
{
    return !isVisible() || isMinimized() || !isActiveWindow();
}

void MainWindow::onCompleted(const TorrentCompletedEvent &event)
{
    m_log->append(NotificationBanner::Level::Info, tr("Download complete in “%1”.").arg(QDir::toNativeSeparators(event.savePath)),
        event.name);
    if (userIsElsewhere())
        m_notifier->notify(DesktopNotifier::Kind::Completed, tr("Download complete"), event.name);
}

void MainWindow::updateVisibility()
{
    // A hidden window does no view work; the engine keeps running.
    m_model->setUpdatesSuspended(!isVisible() || isMinimized());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateVisibility();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateVisibility();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateVisibility();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (!m_quitting && m_tray && m_tray->isVisible() && m_settings->closeToTray()) {
        // Keep downloading in the tray.
        hide();
        event->ignore();
        return;
    }
    event->accept();
    QApplication::quit();
}

void MainWindow::showRemote(const QString &server, const QStringList &unsupported)
{
    setWindowTitle(tr("Revaer — %1").arg(server));
    for (const QString &name : unsupported) {
        if (QAction *a = action(name)) {
            a->setEnabled(false);
            a->setVisible(false);
        }
    }
    if (unsupported.contains(QStringLiteral("category"))) {
        m_labels->categories()->hide();
        for (auto *menu : findChildren<QMenu *>(QStringLiteral("categoryMenu")))
            menu->menuAction()->setVisible(false);
        m_view->header()->setSectionHidden(TorrentListModel::Category, true);
    }
    m_banner->post(NotificationBanner::Level::Info,
        tr("Showing the torrents of %1. Settings change the server's own settings.").arg(server));
}

void MainWindow::connectToServer()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("connectDialog"));
    dialog.setWindowTitle(tr("Connect to Server"));
    auto *form = new QFormLayout(&dialog);
    auto *about = new QLabel(tr("A Revaer or transmission-daemon elsewhere opens in a window of its own."), &dialog);
    about->setWordWrap(true);
    form->addRow(about);
    auto *address = new QLineEdit(QStringLiteral("http://"), &dialog);
    address->setObjectName(QStringLiteral("serverAddress"));
    address->setPlaceholderText(QStringLiteral("http://192.168.1.5:9091"));
    form->addRow(tr("Address:"), address);
    auto *user = new QLineEdit(&dialog);
    user->setObjectName(QStringLiteral("serverUser"));
    form->addRow(tr("User name:"), user);
    auto *password = new QLineEdit(&dialog);
    password->setObjectName(QStringLiteral("serverPassword"));
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("empty: the one remembered for this user"));
    form->addRow(tr("Password:"), password);
    auto *remember = new QCheckBox(tr("Remember the password (in this computer's keychain)"), &dialog);
    remember->setObjectName(QStringLiteral("rememberPassword"));
    remember->setToolTip(tr("Kept once the server accepts it. Where there is no keychain, in a file of your profile "
                            "that only your account can read; Revaer says which."));
    remember->setChecked(true);
    form->addRow(remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QUrl url = QUrl::fromUserInput(address->text().trimmed());
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        m_banner->post(NotificationBanner::Level::Error,
            tr("“%1” is not the address of a server: give one such as http://192.168.1.5:9091.").arg(address->text()));
        return;
    }
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    QStringList arguments {QStringLiteral("--connect"), url.toString()};
    if (!user->text().trimmed().isEmpty())
        arguments << QStringLiteral("--rpc-user") << user->text().trimmed();
    process.setArguments(arguments);
    // The password through the environment: other accounts can read a command line.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("REVAER_RPC_PASSWORD"), password->text());
    // A password typed here is kept or forgotten as the box says; none typed
    // uses (and keeps) the remembered one.
    environment.remove(QStringLiteral("REVAER_RPC_REMEMBER"));
    if (!password->text().isEmpty())
        environment.insert(
            QStringLiteral("REVAER_RPC_REMEMBER"), remember->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    else if (!remember->isChecked())
        environment.insert(QStringLiteral("REVAER_RPC_REMEMBER"), QStringLiteral("0"));
    process.setProcessEnvironment(environment);
    if (!process.startDetached())
        m_banner->post(
            NotificationBanner::Level::Error, tr("Cannot open a window for %1: %2").arg(url.toString(), process.errorString()));
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    QApplication::quit();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        if (m_act.addMagnet->shortcut() == pressed) {
            event->ignore(); // not the line edit's: the shortcut takes it
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!SourceIntake::sourcesIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_intake->addSources(SourceIntake::sourcesIn(event->mimeData()));
    event->acceptProposedAction();
}

} // namespace Revaer
