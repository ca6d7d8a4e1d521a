#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace Revaer {

class RemoteEngine;

// Settings, when the window shows a server elsewhere: the server's own
// settings (Transmission's session-get/session-set), not this computer's.
// Only what the server reports is shown; after OK the settings are read back,
// and a value the server did not take is named, not passed over in silence.
class ServerSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerSettingsDialog(RemoteEngine *engine, QWidget *parent = nullptr);

    // The control that edits a session key (for tests), or null when the
    // server does not have it.
    QWidget *control(const QString &key) const { return m_controls.value(key); }
    // What the dialog says about loading or sending (for tests).
    QString statusText() const;

    void accept() override;

private:
    enum class Kind { Switch, Number, Ratio, Text, Choice, Time };
    struct Row;
    static QList<Row> rows();

    void load(const QJsonObject &session);
    QJsonValue value(const QString &key) const;
    void setValue(const QString &key, const QJsonValue &value);
    QJsonObject changes() const;
    void setBusy(bool busy, const QString &status);

    RemoteEngine *m_engine;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QHash<QString, QWidget *> m_controls;
    QHash<QString, Kind> m_kinds;
    QHash<QString, QString> m_labels;
    QJsonObject m_loaded;
};

} // namespace Revaer
