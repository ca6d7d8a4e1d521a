#pragma once

#include "addtorrentrequest.h"
#include "engineconfig.h"
#include "engineevents.h"
#include "sourceintake.h"
#include "torrentdetails.h"
#include "transferlistview.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAction;
class QLineEdit;
class QMenu;
class QSplitter;
class QSystemTrayIcon;

namespace Revaer {

class LabelOrganizer;

class SettingsStore;
class TransferStatusBar;

class DetailsPanel;
class DesktopNotifier;
class LogWindow;
class MessageLog;
class NotificationBanner;
class StatusSidebar;
class TorrentEngine;
class TorrentListModel;
class TransferFilterProxy;

// The window: a status sidebar, the transfer list (TransferListView) with
// its search box, a banner for errors and notes, the details of the selected
// torrent, a toolbar and menus, a status bar (TransferStatusBar), and a tray
// icon that keeps Revaer running when the window is closed. Sources come in
// through the SourceIntake. Every command goes to the engine, which never
// blocks the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` outlives the window: its layout, choices and the engine's settings.
    MainWindow(TorrentEngine *engine, SettingsStore *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A .torrent path, a file:// URL or a magnet link, from the command line,
    // a drop, a paste or another instance.
    void addSource(const QString &source);
    // Several at once: each through the add dialog when there are at most
    // MaxAddDialogsAtOnce, else straight to the default folder.
    void addSources(const QStringList &sources);
    static constexpr int MaxAddDialogsAtOnce = SourceIntake::MaxAddDialogsAtOnce;

    TorrentListModel *model() const { return m_model; }
    TransferFilterProxy *proxy() const { return m_proxy; }
    TransferListView *transferView() const { return m_view; }
    StatusSidebar *sidebar() const { return m_sidebar; }
    LabelOrganizer *labels() const { return m_labels; }
    DetailsPanel *details() const { return m_details; }
    NotificationBanner *banner() const { return m_banner; }
    // The engine is a server elsewhere (`server` names it): the title says
    // so, and the actions in `unsupported` (by object name) are off with a
    // tooltip saying why.
    void showRemote(const QString &server, const QStringList &unsupported);
    // File > Connect to Server: asks for the address and login, then opens a
    // second window on that server (revaer --connect), this one staying.
    void connectToServer();
    MessageLog *messageLog() const { return m_log; }
    DesktopNotifier *notifier() const { return m_notifier; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // Without a tray at the start, the window looks for one every TrayProbeMs.
    bool isLookingForTray() const { return m_trayProbe.isActive(); }
    LogWindow *logWindow() const { return m_logWindow; }
    // Where the log of a profile whose settings are `settingsFile` is written.
    static QString logFilePath(const QString &settingsFile);
    // Help > About's text: versions, licence, where the profile and log are.
    QString aboutText() const;
    // README.md or a docs/ page, installed or in the source tree; empty when neither.
    static QString documentPath(const QString &name);
    QAction *action(const QString &name) const;
    QList<TorrentId> selectedIds() const;
    QString healthText() const;
    QString capsText() const;
    QString restoreStatusText() const; // "Restoring 1,200 of 10,000 torrents…" while restoring

    // How the window asks for a folder (move storage). A file dialog by
    // default; tests answer without one.
    using DirectoryChooser = std::function<QString(QWidget *parent, const QString &title, const QString &start)>;
    void setDirectoryChooser(DirectoryChooser chooser) { m_chooseDirectory = std::move(chooser); }

    // Quits for real, instead of hiding to the tray.
    void quit();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    // The search box's keys.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void createTray();
    void connectEngine();
    void restoreLayout();
    void saveLayout();
    void updateActions();
    void updateVisibility();
    void onSelectionChanged();

    void removeSelected(bool withData);
    void moveSelectedInQueue(Revaer::QueueMove move);
    QMenu *queueMenu(QWidget *parent);
    void openContainingFolder();
    void copyMagnetLinks();
    void addPeersToSelected();
    void showLog();
    // Not looking at the window: hidden, minimized or another window active.
    bool userIsElsewhere() const;
    void showAbout();
    void openDocument(const QString &name);
    void setSelectedLimits();
    void moveSelected();
    void showSettings();
    void setGlobalCaps(const RateLimits &limits);

    void onCompleted(const Revaer::TorrentCompletedEvent &event);

    TorrentEngine *m_engine;
    SettingsStore *m_settings;
    TorrentListModel *m_model;
    TransferFilterProxy *m_proxy;
    TransferListView *m_view;
    StatusSidebar *m_sidebar;
    LabelOrganizer *m_labels;
    QLineEdit *m_search;
    NotificationBanner *m_banner;
    MessageLog *m_log;
    DesktopNotifier *m_notifier;
    LogWindow *m_logWindow = nullptr; // made when first shown
    QTimer m_actionsTimer;
    DetailsPanel *m_details;
    SourceIntake *m_intake;
    QSplitter *m_hsplit;
    QSplitter *m_vsplit;
    // Every command of the window, by name.
    struct Actions {
        QAction *addTorrent, *addMagnet, *paste, *resume, *pause, *resumeAll, *pauseAll, *remove, *removeWithData, *recheck,
            *reannounce, *addPeers, *connectServer, *queueTop, *queueUp, *queueDown, *queueBottom, *openFolder, *copyMagnet,
            *sequential, *torrentLimits, *move, *altSpeed, *settings, *showDetails, *quit, *find, *about, *showLog,
            *createTorrent;
    };
    Actions m_act {};
    QMenu *m_contextMenu = nullptr;

    TransferStatusBar *m_statusBar = nullptr;

    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_trayProbe; // looks for a tray that was not there at the start
    static constexpr int TrayProbeMs = 10'000;
    bool m_quitting = false;
    DirectoryChooser m_chooseDirectory;
};

} // namespace Revaer
