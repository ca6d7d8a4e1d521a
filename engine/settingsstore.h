#pragma once

#include "addtorrentrequest.h"
#include "completionprogram.h"
#include "engineconfig.h"
#include "folderwatcher.h"
#include "torrentlabels.h"

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Revaer {

class ConfigWatcher;
class TorrentEngine;

// The one owner of a profile's settings file (revaer.ini), on the GUI thread
// (or headless mode's main thread): the only code that reads or writes it,
// and the only caller of the engine's applySettings. Everything else asks it
// through typed accessors and hears of changes through changed().
//
// Edits of the file by hand or by another tool are read back within two
// seconds, checked (a bad value is named, and the value in force stays) and
// applied; the store's own writes are not mistaken for such edits.
class SettingsStore : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        Engine, // engineConfig(): what the engine runs with
        Interface, // the window's choices (language, confirmations, tray, add dialog)
    };
    Q_ENUM(Key)

    // Where the window was and how it looked, kept between runs.
    struct WindowLayout {
        QByteArray geometry;
        QByteArray transferHeader;
        QByteArray horizontalSplit;
        QByteArray verticalSplit;
        bool showDetails = true;
        QString statusFilter;
        QString categoryFilter; // "all", "none" or "name:NAME"
        QString tagFilter;
    };

    // Opens the file at `path`: one that cannot be read is set aside first
    // (AppSettings::repairFile) and a new profile gets a random listen port.
    // The interface's choices can be read at once (the language, to load
    // translations before any message is written).
    explicit SettingsStore(const QString &path, QObject *parent = nullptr);
    ~SettingsStore() override;

    // Reads the engine's part over `base`, whose command-line overrides win
    // over the file, then and after every edit. Bad values are named in
    // startupProblems().
    void load(const EngineConfig &base);

    const QString &path() const { return m_path; }
    // Messages for the user about the file as it was opened.
    const QStringList &startupProblems() const { return m_startupProblems; }
    // The port picked for a new profile, 0 when the file had one.
    int chosenListenPort() const { return m_chosenPort; }

    // The store applies every later change of the engine's settings to
    // `engine` (applySettings, setDefaultSavePath, setGlobalLimits), and
    // starts watching the file for edits. Once, before the engine starts.
    void attach(TorrentEngine *engine);

    const EngineConfig &engineConfig() const { return m_config; }
    // Saves the engine's part (the command line's overrides stay in force)
    // and applies it.
    void setEngineConfig(const EngineConfig &config);
    // The status bar's caps: saved and applied.
    void setGlobalLimits(const RateLimits &limits);

    QString language() const; // empty: the system's
    bool showAddDialog() const; // before adding, ask where and which files
    bool startPaused() const; // new torrents start paused
    bool confirmRemove() const; // ask before removing a torrent
    bool closeToTray() const; // closing the window keeps Revaer in the tray
    bool offeredDefaultHandler() const; // the "open magnets in Revaer" hint was shown
    struct InterfaceChoices {
        QString language;
        bool showAddDialog = true;
        bool startPaused = false;
        bool confirmRemove = true;
        bool closeToTray = true;
    };
    InterfaceChoices interfaceChoices() const;
    void setInterfaceChoices(const InterfaceChoices &choices);
    void setOfferedDefaultHandler(bool offered);

    WindowLayout windowLayout() const;
    void setWindowLayout(const WindowLayout &layout);
    QString lastOpenDir() const; // where File > Open starts
    void setLastOpenDir(const QString &dir);
    // Save folders chosen in the add dialog, the latest first.
    QStringList recentSavePaths() const;
    QString lastSavePath() const;
    void rememberSavePath(const QString &path);

    // The categories the user defined, by name. Entries with a name Revaer
    // would refuse are skipped.
    QList<CategoryDefinition> categories() const;
    void setCategories(const QList<CategoryDefinition> &categories);
    // The program run when a torrent completes (empty program: none).
    CompletionCommand completionCommand() const;
    void setCompletionCommand(const CompletionCommand &command);
    // The folders whose .torrent files are added by themselves.
    QList<WatchedFolder> watchedFolders() const;
    void setWatchedFolders(const QList<WatchedFolder> &folders);
    // The folder unfinished downloads wait in, moved to their save folder
    // once complete (empty: none); a category's own one wins.
    QString incompletePath() const;
    void setIncompletePath(const QString &path);
    // Fills in where `request` downloads: its category's folder when it
    // names none, and the incomplete folder (the category's, else the
    // global one), with the save folder kept as where it moves when complete.
    void place(AddTorrentRequest &request) const;
    // Where a torrent added under `category` goes (Labels::savePathFor over
    // the defined categories and the default save path).
    QString savePathFor(const QString &category) const;
    // Whether filing a torrent under a category with a folder of its own
    // moves its data there: asked each time until the user says "always".
    enum class CategoryMove : quint8 { Ask, Move, Keep };
    CategoryMove categoryMove() const;
    void setCategoryMove(CategoryMove choice);

    // A section of the file whose meaning another part owns (Remote): its
    // keys without the section's name. Saved, or held for the run when the
    // file cannot take them.
    QVariantHash section(const QString &name) const;
    void setSection(const QString &name, const QVariantHash &values);

Q_SIGNALS:
    void changed(Revaer::SettingsStore::Key key);
    void categoriesChanged();
    void watchedFoldersChanged();
    // An edit of the file that could not be read or holds bad values: one
    // message per problem, naming the file and the key.
    void problem(const QString &message);
    // setSection() changed the section `name`.
    void sectionChanged(const QString &name);

private:
    // Saves `change` to the file, unless the file cannot be read back (a FIFO,
    // a device, garbage): then says so and saves nothing.
    bool write(const std::function<void(QSettings &)> &change);
    // Window and interface values: saved, or kept in memory for this run
    // when the file cannot take them.
    void setValues(const QList<std::pair<QString, QVariant>> &values);
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void reload();
    void applyToEngine(const EngineConfig &before);

    QString m_path;
    QStringList m_startupProblems; // first: the file is repaired before m_file reads it
    QSettings m_file;
    EngineConfig m_config;
    int m_chosenPort = 0;
    TorrentEngine *m_engine = nullptr;
    ConfigWatcher *m_watcher = nullptr;
    QVariantHash m_unsaved; // values the file could not take
};

} // namespace Revaer
