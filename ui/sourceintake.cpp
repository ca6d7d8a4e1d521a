#include "sourceintake.h"

#include "addtorrentdialog.h"
#include "magnetlinksdialog.h"
#include "notificationbanner.h"
#include "settingsstore.h"
#include "torrentengine.h"
#include "torrentlistmodel.h"
#include "units.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>

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

} // namespace

QStringList SourceIntake::sourcesIn(const QMimeData *mime)
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

SourceIntake::SourceIntake(
    TorrentEngine *engine, SettingsStore *settings, TorrentListModel *model, NotificationBanner *banner, QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_settings(settings)
    , m_model(model)
    , m_banner(banner)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool SourceIntake::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::FileOpen) {
        addSources({sourceOf(static_cast<QFileOpenEvent *>(event)->url())});
        Q_EMIT openedFromDesktop();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void SourceIntake::addSources(const QStringList &sources)
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

bool SourceIntake::alreadyInTheList(const QString &source, const TorrentFileParser::Result &parsed, bool ask)
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
    QMessageBox box(QMessageBox::Information, tr("Already Added"), message, QMessageBox::NoButton, m_window);
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

bool SourceIntake::addOne(const QString &source, bool withDialog)
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
        m_settings->place(request);
        m_engine->addTorrent(request);
        return true;
    }
    auto *dialog = new AddTorrentDialog(m_engine, m_settings, m_window);
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

void SourceIntake::openTorrentFiles()
{
    const QString dir = m_settings->lastOpenDir();
    const QStringList files
        = QFileDialog::getOpenFileNames(m_window, tr("Open Torrent Files"), dir, tr("Torrent files (*.torrent);;All files (*)"));
    if (files.isEmpty())
        return;
    m_settings->setLastOpenDir(QFileInfo(files.constFirst()).absolutePath());
    addSources(files);
}

void SourceIntake::addMagnetLinks()
{
    MagnetLinksDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        addSources(dialog.links());
}

void SourceIntake::pasteFromClipboard()
{
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

} // namespace Revaer
