#include "mainwindow.h"

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
#include "progressdelegate.h"
#include "revaer_version.h"
#include "settingsdialog.h"
#include "settingsstore.h"
#include "speedlimitdialog.h"
#include "statussidebar.h"
#include "torrentengine.h"
#include "torrentlistmodel.h"
#include "transferfilterproxy.h"
#include "transferstatusbar.h"
#include "uiresources.h"
#include "units.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Revaer {

namespace {

bool isTorrentFile(const QString &path)
{
    return path.endsWith(QStringLiteral(".torrent"), Qt::CaseInsensitive);
}

// A local file as its path, anything else (a magnet link) as its full text.
QString sourceOf(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString(QUrl::FullyEncoded);
}

// What a drag carries that Revaer can add: .torrent files and magnet URLs,
// or else magnet links in its text, one a line.
QStringList sourcesIn(const QMimeData *mime)
{
    QStringList sources;
    for (const QUrl &url : mime->urls()) {
        if ((url.isLocalFile() && isTorrentFile(url.toLocalFile())) || url.scheme() == u"magnet")
            sources.append(sourceOf(url));
    }
    if (sources.isEmpty()) {
        for (const QString &line : mime->text().split(u'\n', Qt::SkipEmptyParts)) {
            if (line.trimmed().startsWith(QStringLiteral("magnet:"), Qt::CaseInsensitive))
                sources.append(line.trimmed());
        }
    }
    return sources;
}

} // namespace

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
    , m_view(new QTreeView(this))
    , m_sidebar(new StatusSidebar(this))
    , m_search(new QLineEdit(this))
    , m_banner(new NotificationBanner(this))
    , m_log(new MessageLog(this))
    , m_notifier(new DesktopNotifier(this))
    , m_details(new DetailsPanel(engine, m_model, this))
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
    qApp->installEventFilter(this);

    m_model->attach(engine);
    m_proxy->setSourceModel(m_model);

    // The session's messages, kept for View > Log and written beside the
    // settings (logs/revaer.log, rotated).
    connect(m_banner, &NotificationBanner::posted, m_log, &MessageLog::append);
    connect(m_banner, &NotificationBanner::logRequested, this, &MainWindow::showLog);
    if (!m_settings->path().isEmpty() && !m_log->setFile(logFilePath(m_settings->path())))
        QTimer::singleShot(0, this, [this] { m_banner->post(NotificationBanner::Level::Warning, m_log->fileError()); });

    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("transferList"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TorrentListModel::AddedOn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(TorrentListModel::Progress, new ProgressDelegate(m_view));
    m_view->header()->setSectionsMovable(true);
    m_view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    // Widths that fit every default column in the default window; the
    // user's own widths and order are restored from the settings.
    const std::pair<TorrentListModel::Column, int> widths[] = {
        {TorrentListModel::Name, 230},
        {TorrentListModel::Size, 70},
        {TorrentListModel::Progress, 100},
        {TorrentListModel::Status, 90},
        {TorrentListModel::DownSpeed, 80},
        {TorrentListModel::UpSpeed, 75},
        {TorrentListModel::Eta, 60},
        {TorrentListModel::Seeds, 55},
        {TorrentListModel::Peers, 55},
        {TorrentListModel::Ratio, 50},
        {TorrentListModel::AddedOn, 150},
        {TorrentListModel::SavePath, 200},
        {TorrentListModel::Queue, 36},
        {TorrentListModel::Limits, 150},
    };
    for (const auto &[column, width] : widths)
        m_view->header()->resizeSection(column, width);
    m_view->header()->setSectionHidden(TorrentListModel::SavePath, true);
    m_view->header()->moveSection(m_view->header()->visualIndex(TorrentListModel::Queue), 0);
    connect(m_view->header(), &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
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
    m_hsplit->addWidget(m_sidebar);
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
    a.showDetails = make("showDetails", QIcon(), tr("Show &Details"), QKeySequence(tr("Ctrl+D")));
    a.showDetails->setCheckable(true);
    a.showDetails->setChecked(true);
    a.quit = make("quit", uiIcon("quit"), tr("&Quit"), QKeySequence::Quit);
    a.find = make("find", uiIcon("search"), tr("&Find"), QKeySequence::Find);
    a.about = make("about", uiIcon("revaer"), tr("&About Revaer"));
    a.showLog = make("showLog", uiIcon("log"), tr("&Log"), QKeySequence(tr("Ctrl+Shift+L")));

    connect(a.addTorrent, &QAction::triggered, this, &MainWindow::openTorrentFiles);
    connect(a.addMagnet, &QAction::triggered, this, &MainWindow::addMagnetLinks);
    connect(a.paste, &QAction::triggered, this, &MainWindow::pasteFromClipboard);
    connect(a.resume, &QAction::triggered, this, [this] { m_engine->resumeTorrents(selectedIds()); });
    connect(a.pause, &QAction::triggered, this, [this] { m_engine->pauseTorrents(selectedIds()); });
    connect(a.resumeAll, &QAction::triggered, this, [this] { m_engine->resumeTorrents(m_model->ids()); });
    connect(a.pauseAll, &QAction::triggered, this, [this] { m_engine->pauseTorrents(m_model->ids()); });
    connect(a.remove, &QAction::triggered, this, [this] { removeSelected(false); });
    connect(a.removeWithData, &QAction::triggered, this, [this] { removeSelected(true); });
    connect(a.recheck, &QAction::triggered, this, [this] { m_engine->recheckTorrents(selectedIds()); });
    connect(a.reannounce, &QAction::triggered, this, [this] { m_engine->forceReannounce(selectedIds()); });
    connect(a.addPeers, &QAction::triggered, this, &MainWindow::addPeersToSelected);
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

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_act.showDetails);
    view->addAction(m_act.find);
    view->addSeparator();
    view->addAction(m_act.showLog);

    QMenu *help = nullptr; // after Tools, below
    QMenu *tools = menuBar()->addMenu(tr("T&ools"));
    tools->addAction(m_act.altSpeed);
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
    // Only queued torrents move; several keep their order among themselves:
    // moving them up (or to the bottom) starts with the first in the queue,
    // down (or to the top) with the last.
    QList<std::pair<int, TorrentId>> queued;
    for (const TorrentId &id : selectedIds()) {
        const TorrentListModel::Row *row = m_model->find(id);
        if (row && row->queuePosition >= 0)
            queued.append({row->queuePosition, id});
    }
    std::sort(queued.begin(), queued.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    if (move == QueueMove::Top || move == QueueMove::Down)
        std::reverse(queued.begin(), queued.end());
    QList<TorrentId> ids;
    for (const auto &[position, id] : std::as_const(queued))
        ids.append(id);
    if (!ids.isEmpty())
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
    m_settings->setWindowLayout(layout);
}

QList<TorrentId> MainWindow::selectedIds() const
{
    QList<TorrentId> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids.append(index.data(TorrentListModel::IdRole).value<TorrentId>());
    return ids;
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
    addSources({source});
}

void MainWindow::addSources(const QStringList &sources)
{
    // A dialog per torrent is a help for a few and a wall for many: more
    // than a handful at once go straight to the default folder, and their
    // files can be chosen later in the Files tab.
    const bool wanted = m_settings->showAddDialog();
    const bool dialogs = wanted && sources.size() <= MaxAddDialogsAtOnce;
    int added = 0;
    for (const QString &source : sources)
        added += addOne(source, dialogs) ? 1 : 0;
    // Said only of those that were added: the others have their own message.
    if (wanted && !dialogs && added > 0) {
        m_banner->post(NotificationBanner::Level::Info,
            tr("%n torrents added to “%1” without the add dialog; choose their files in the Files tab.", nullptr, added)
                .arg(QDir::toNativeSeparators(m_settings->engineConfig().defaultSavePath)));
    }
}

bool MainWindow::alreadyInTheList(const QString &source, const TorrentFileParser::Result &parsed, bool ask)
{
    const TorrentListModel::Row *row = m_model->find(parsed.id);
    if (!row)
        return false;
    const QString shown = QFileInfo(source).isFile() ? QFileInfo(source).fileName() : Units::elided(source, 120);
    const QString message = tr("“%1” is already in the list as “%2”.").arg(shown, Units::elided(row->name));
    const QStringList trackers = parsed.metadata.trackers;
    if (!ask || trackers.isEmpty()) {
        m_banner->post(NotificationBanner::Level::Info, message, row->name);
        return true;
    }
    QMessageBox box(QMessageBox::Information, tr("Already Added"), message, QMessageBox::NoButton, this);
    box.setInformativeText(tr("Add its %n tracker(s) to the torrent in the list? Trackers it already has are kept once.", nullptr,
        int(trackers.size())));
    box.setDetailedText(trackers.join(u'\n'));
    QPushButton *merge = box.addButton(tr("&Merge Trackers"), QMessageBox::AcceptRole);
    box.addButton(tr("&Leave It"), QMessageBox::RejectRole);
    box.setDefaultButton(merge);
    box.exec();
    if (box.clickedButton() == merge)
        m_engine->mergeTrackers(parsed.id, trackers);
    return true;
}

bool MainWindow::addOne(const QString &source, bool withDialog)
{
    const AddTorrentRequest parsed = AddTorrentRequest::fromArgument(source);
    if (parsed.source.isEmpty())
        return false;
    // Read and checked here first, so a broken source or one already in the
    // list is said at once, before any dialog. Read as the engine reads: a
    // FIFO or a device is refused, never waited on.
    const bool isMagnet = parsed.kind == AddTorrentRequest::Kind::Magnet;
    QByteArray data;
    TorrentFileParser::Result checked;
    if (isMagnet) {
        checked = TorrentFileParser::parseMagnet(parsed.source);
    } else {
        data = TorrentFileParser::readFile(parsed.source, &checked.error);
        if (checked.error.isEmpty())
            checked = TorrentFileParser::parseTorrent(data, parsed.source);
    }
    if (!checked.ok()) {
        m_banner->post(NotificationBanner::Level::Error, checked.error);
        return false;
    }
    if (alreadyInTheList(parsed.source, checked, withDialog))
        return false;
    if (!withDialog) {
        AddTorrentRequest request = parsed;
        if (!isMagnet) {
            request.kind = AddTorrentRequest::Kind::TorrentData;
            request.data = data;
        }
        request.savePath = m_settings->engineConfig().defaultSavePath;
        request.paused = m_settings->startPaused();
        m_engine->addTorrent(request);
        return true;
    }
    auto *dialog = new AddTorrentDialog(m_engine, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    const bool ok = isMagnet ? dialog->openMagnet(parsed.source, &error) : dialog->openTorrentData(data, parsed.source, &error);
    if (!ok) {
        delete dialog;
        m_banner->post(NotificationBanner::Level::Error, error);
        return false;
    }
    dialog->show();
    dialog->raise();
    return true;
}

void MainWindow::openTorrentFiles()
{
    const QString dir = m_settings->lastOpenDir();
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Open Torrent Files"), dir, tr("Torrent files (*.torrent);;All files (*)"));
    if (files.isEmpty())
        return;
    m_settings->setLastOpenDir(QFileInfo(files.constFirst()).absolutePath());
    addSources(files);
}

void MainWindow::addMagnetLinks()
{
    MagnetLinksDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        addSources(dialog.links());
}

void MainWindow::pasteFromClipboard()
{
    if (m_search->hasFocus()) {
        m_search->paste();
        return;
    }
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QStringList sources;
    if (mime && mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile() && isTorrentFile(url.toLocalFile()))
                sources.append(url.toLocalFile());
        }
    } else {
        for (const QString &line : QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts)) {
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(QStringLiteral("magnet:"), Qt::CaseInsensitive) || isTorrentFile(trimmed))
                sources.append(trimmed);
        }
    }
    addSources(sources);
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
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::setGlobalCaps(const RateLimits &limits)
{
    m_settings->setGlobalLimits(limits);
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int column = 0; column < TorrentListModel::ColumnCount; ++column) {
        QAction *a = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_view->header()->isSectionHidden(column));
        a->setEnabled(column != TorrentListModel::Name);
        connect(
            a, &QAction::toggled, this, [this, column](bool visible) { m_view->header()->setSectionHidden(column, !visible); });
    }
    menu.exec(m_view->header()->mapToGlobal(pos));
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    if (!selectedIds().isEmpty())
        m_contextMenu->popup(m_view->viewport()->mapToGlobal(pos));
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
    if (watched == qApp && event->type() == QEvent::FileOpen) {
        addSource(sourceOf(static_cast<QFileOpenEvent *>(event)->url()));
        showNormal();
        raise();
        activateWindow();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!sourcesIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    addSources(sourcesIn(event->mimeData()));
    event->acceptProposedAction();
}

} // namespace Revaer
