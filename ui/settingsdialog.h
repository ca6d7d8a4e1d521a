#pragma once

#include "engineconfig.h"
#include "rpcconfig.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace Revaer {

class SettingsStore;
class WatchedFoldersEditor;

// Downloads, connection, speed, BitTorrent and interface settings, read from
// and, on OK, handed to the SettingsStore (which saves and applies them).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(SettingsStore *settings, QWidget *parent = nullptr);

    // The configuration the widgets describe.
    EngineConfig config() const;
    // The remote control the widgets describe (the password hashed when a new one was typed).
    RpcConfig remoteConfig() const;
    void accept() override;

    // Languages the application ships, as locale names ("de", "fr"...).
    static QStringList availableLanguages();

private:
    QWidget *downloadsPage();
    QWidget *connectionPage();
    QWidget *speedPage();
    QWidget *bittorrentPage();
    QWidget *interfacePage();
    QWidget *remotePage();
    QWidget *watchedFoldersPage();

    SettingsStore *m_settings;
    EngineConfig m_config; // as the dialog opened; what config() starts from

    QLineEdit *m_savePath;
    QCheckBox *m_startPaused;
    QCheckBox *m_showAddDialog;
    QLineEdit *m_incompletePath;
    QLineEdit *m_completionProgram;
    QLineEdit *m_completionArguments;
    QSpinBox *m_port;
    QCheckBox *m_upnp;
    QCheckBox *m_natpmp;
    QComboBox *m_encryption;
    QCheckBox *m_preferTcp;
    QSpinBox *m_down;
    QSpinBox *m_up;
    QSpinBox *m_altDown;
    QSpinBox *m_altUp;
    QCheckBox *m_altEnabled;
    QCheckBox *m_schedule;
    QTimeEdit *m_scheduleFrom;
    QTimeEdit *m_scheduleTo;
    QList<QCheckBox *> m_days;
    QCheckBox *m_limitLocal;
    QCheckBox *m_dht;
    QCheckBox *m_pex;
    QCheckBox *m_lsd;
    QSpinBox *m_activeDownloads;
    QSpinBox *m_activeSeeds;
    QSpinBox *m_activeTorrents;
    QSpinBox *m_connections;
    QDoubleSpinBox *m_seedRatio;
    QSpinBox *m_seedMinutes;
    QComboBox *m_language;
    QCheckBox *m_confirmRemove;
    QCheckBox *m_closeToTray;
    QComboBox *m_categoryMove;
    WatchedFoldersEditor *m_watched = nullptr;
    RpcConfig m_remote; // as the dialog opened
    QCheckBox *m_remoteEnabled;
    QLineEdit *m_remoteAddress;
    QSpinBox *m_remotePort;
    QLineEdit *m_remoteUser;
    QLineEdit *m_remotePassword;
    QLineEdit *m_remoteWebUi;
};

} // namespace Revaer
