#pragma once

#include "backend/torrentfileparser.h"

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace Revaer {

class NotificationBanner;
class SettingsStore;
class TorrentEngine;
class TorrentListModel;

// Everything that brings torrents into the window: File > Open, Add Magnet
// Links, a paste, a drop, the desktop's open events (macOS hands a
// double-clicked .torrent or a clicked magnet link to the running app that
// way) and a second launch handing over its arguments.
//
// Each source is read and checked before anything else, so a broken one, or
// one already in the list, is said at once on the banner; the rest go
// through the add dialog, or straight to the engine when there are more than
// MaxAddDialogsAtOnce or the user turned the dialog off.
class SourceIntake : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs; `model` says what is already in the list.
    SourceIntake(
        TorrentEngine *engine, SettingsStore *settings, TorrentListModel *model, NotificationBanner *banner, QWidget *window);

    static constexpr int MaxAddDialogsAtOnce = 3;

    // A .torrent path, a file:// URL or a magnet link each.
    void addSources(const QStringList &sources);
    void openTorrentFiles();
    void addMagnetLinks();
    // .torrent files copied in a file manager, or magnet links and .torrent
    // paths in the text, one a line.
    void pasteFromClipboard();
    // What a drag carries that Revaer can add: .torrent files and magnet
    // URLs, or else magnet links in its text, one a line.
    static QStringList sourcesIn(const QMimeData *mime);

Q_SIGNALS:
    // The desktop asked to open a source: the window comes forward.
    void openedFromDesktop();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Whether it went to the engine or to an add dialog.
    bool addOne(const QString &source, bool withDialog);
    // Whether the parsed source is a torrent already in the list: says so
    // and, when `ask`, offers to merge its trackers.
    bool alreadyInTheList(const QString &source, const TorrentFileParser::Result &parsed, bool ask);

    TorrentEngine *m_engine;
    SettingsStore *m_settings;
    TorrentListModel *m_model;
    NotificationBanner *m_banner;
    QWidget *m_window;
};

} // namespace Revaer
