#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace Revaer {

// Watches the settings file for edits made by hand or by another tool. Editors
// often replace a file rather than write it, so the folder is watched too;
// bursts of events are folded into one changed() a moment later.
class ConfigWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ConfigWatcher(const QString &path, QObject *parent = nullptr);

    const QString &path() const { return m_path; }
    // The file as it is now is known (its owner just wrote it): no changed()
    // for it.
    void acknowledge();

Q_SIGNALS:
    void changed();

private:
    void onEvent();
    void settle();
    QByteArray digest() const;

    QString m_path;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QByteArray m_lastDigest; // of the content: only real changes count
};

} // namespace Revaer
