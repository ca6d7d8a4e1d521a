#pragma once

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace Revaer {

class TorrentEngine;

// Tools > Create Torrent: a file or a folder made into a .torrent (v1, v2 or
// hybrid, piece size automatic or chosen, private, trackers in tiers, web
// seeds, comment, source), hashed on a thread of its own with a progress bar
// and Cancel, written where the user says (never over an existing file), and
// optionally seeded at once from where the files are.
class CreateTorrentDialog : public QDialog
{
    Q_OBJECT

public:
    using PathChooser = std::function<QString(QWidget *owner, const QString &title, const QString &start)>;

    CreateTorrentDialog(TorrentEngine *engine, QWidget *parent = nullptr);
    ~CreateTorrentDialog() override;

    // Tests replace the file dialogs: where the .torrent goes, and the content.
    void setSaveChooser(PathChooser chooser) { m_chooseSave = std::move(chooser); }
    void setContent(const QString &path);
    bool isHashing() const;
    // Cancel: while hashing it stops the hashing (nothing is written), else closes.
    void reject() override;

Q_SIGNALS:
    // The .torrent was written to `path` (and handed to the engine when seeding).
    void created(const QString &path);

private:
    void create();

    TorrentEngine *m_engine;
    QLineEdit *m_content;
    QComboBox *m_format;
    QComboBox *m_pieceSize;
    QCheckBox *m_private;
    QPlainTextEdit *m_trackers;
    QPlainTextEdit *m_webSeeds;
    QLineEdit *m_comment;
    QLineEdit *m_source;
    QCheckBox *m_seed;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_create;
    PathChooser m_chooseSave;

    // The hashing: on its own thread, told to stop through m_cancel.
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_done;
    std::shared_ptr<std::atomic<int>> m_total;
    QString m_output;
};

} // namespace Revaer
