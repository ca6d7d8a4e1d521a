#include "resumeloader.h"

#include "backend/resumedatainspector.h"
#include "magnetlink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Revaer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Revaer::ResumeLoader", text);
}

bool isMagnet(const QString &source)
{
    return source.startsWith(u"magnet:", Qt::CaseInsensitive);
}

} // namespace

QString ResumeLoader::displayName(const StoredTorrent &record)
{
    if (!record.name.isEmpty())
        return record.name;
    if (isMagnet(record.source)) {
        const QString dn = QUrlQuery(QUrl(record.source).query()).queryItemValue(QStringLiteral("dn"), QUrl::FullyDecoded);
        if (!dn.isEmpty())
            return dn;
    } else if (const QString file = QFileInfo(record.source).fileName(); !file.isEmpty()) {
        return file; // a path ending in "/" has no file name
    }
    return record.id.toString();
}

namespace {

QString nameFor(const StoredTorrent &record)
{
    return ResumeLoader::displayName(record);
}

ReconciliationEvent event(const StoredTorrent &record, ReconciliationEvent::Kind kind, const QString &message)
{
    return {record.id, nameFor(record), kind, message};
}

// The record libtorrent's resume data implies, for when the .json is unusable.
StoredTorrent recordFromResume(const TorrentId &id, const ResumeDataInspector::Info &info)
{
    StoredTorrent r;
    r.id = id;
    r.name = info.name;
    r.savePath = info.savePath;
    r.sequential = info.sequential;
    r.paused = info.paused && !info.autoManaged;
    r.filePriorities = info.filePriorities;
    r.trackers = info.trackers;
    r.addedAt = info.addedAt.isValid() ? info.addedAt : QDateTime::currentDateTimeUtc();
    r.completedAt = info.completedAt;
    return r;
}

// Compares the files with the stamps of the last durable save.
QString firstChangedFile(const StoredTorrent &record)
{
    for (qsizetype i = 0; i < record.fileStamps.size() && i < record.filePaths.size(); ++i) {
        const StoredTorrent::FileStamp &stamp = record.fileStamps.at(i);
        const QString path = record.savePath + u'/' + record.filePaths.at(i);
        const QFileInfo now(path);
        const qint64 size = now.exists() ? now.size() : -1;
        if (stamp.complete) {
            // Revaer never writes to a complete file again: any change came from outside.
            if (size != stamp.size || now.lastModified().toMSecsSinceEpoch() != stamp.modifiedMs)
                return path;
        } else if (stamp.size > 0 && size < stamp.size) {
            return path; // shorter than when its pieces were saved: data was lost
        }
    }
    return {};
}

// Whether the torrent ever had data in its folder: then a missing folder is a
// drive that is not plugged in, not a folder that was never made.
bool heldData(const StoredTorrent &record, const std::optional<ResumeDataInspector::Info> &resume)
{
    if (resume && resume->havePieces > 0)
        return true;
    if (record.completedAt.isValid())
        return true;
    return std::any_of(
        record.fileStamps.cbegin(), record.fileStamps.cend(), [](const StoredTorrent::FileStamp &s) { return s.size > 0; });
}

} // namespace

QString ResumeLoader::magnetFor(const StoredTorrent &record)
{
    const QString hex = record.id.toString();
    // The link the user added keeps what a rebuilt one would lose: its
    // trackers, its peers (x.pe) and web seeds.
    QString magnet;
    QStringList known;
    if (isMagnet(record.source) && record.source.contains(hex, Qt::CaseInsensitive)) {
        magnet = record.source;
        known = QUrlQuery(QUrl(record.source).query()).allQueryItemValues(QStringLiteral("tr"), QUrl::FullyDecoded);
    } else {
        MagnetLink link = MagnetLink::forId(record.id);
        link.name = record.name;
        magnet = link.toString();
    }
    for (const QString &tracker : record.trackers) {
        if (!known.contains(tracker))
            magnet += QStringLiteral("&tr=") + QString::fromLatin1(QUrl::toPercentEncoding(tracker));
    }
    return magnet;
}

ResumeLoader::Decision ResumeLoader::decide(const TorrentId &id, const FastResumeStore::Entry &entry)
{
    using Kind = ReconciliationEvent::Kind;
    Decision d;

    // A file that exists but cannot be read (a folder, a FIFO, a device, no
    // permission) counts as present and damaged: it is set aside.
    const bool jsonPresent = entry.json || !entry.jsonReadError.isEmpty();
    const bool resumePresent = entry.resumeData || !entry.resumeReadError.isEmpty();

    std::optional<StoredTorrent> json;
    QString jsonProblem = entry.jsonReadError;
    if (entry.json) {
        json = StoredTorrent::fromJson(*entry.json, &jsonProblem);
        if (json && json->id != id) {
            jsonProblem = tr("it names another torrent (%1)").arg(json->id.toString());
            json.reset();
        }
    }

    std::optional<ResumeDataInspector::Info> resume;
    QString resumeProblem = entry.resumeReadError;
    if (entry.resumeData) {
        resume = ResumeDataInspector::inspect(*entry.resumeData);
        if (!resume->ok()) {
            resumeProblem = resume->error;
            resume.reset();
        } else if (!resume->belongsTo(id)) {
            resumeProblem = tr("it belongs to another torrent (%1)")
                                .arg(resume->infoHashV1.isEmpty() ? resume->infoHashV2 : resume->infoHashV1);
            resume.reset();
        }
    }

    if (resume) {
        if (json) {
            d.record = *json;
            if (!d.record.addedAt.isValid())
                d.record.addedAt = resume->addedAt;
        } else {
            d.record = recordFromResume(id, *resume);
            if (jsonPresent) {
                // A damaged or foreign .json beside good resume data: keep the torrent.
                d.quarantineJson = true;
                d.quarantineReason = tr("%1.json: %2").arg(id.toString(), jsonProblem);
                d.events.append(event(d.record, Kind::RecordRebuilt,
                    tr("The saved settings of “%1” were unusable (%2); they were moved to quarantine and "
                       "rebuilt from its resume data (its folder, file selection, trackers and dates).")
                        .arg(nameFor(d.record), jsonProblem)));
            } else {
                // No .json: Revaer removes it first when a torrent is removed, so
                // this torrent was being removed when Revaer stopped.
                d.action = Decision::Action::Skip;
                d.quarantineResume = true;
                d.quarantineReason = tr("%1.fastresume has no .json beside it: the torrent was being removed when Revaer "
                                        "stopped, or its .json was deleted. Move both files back to restore it.")
                                         .arg(id.toString());
                d.events.append(event(d.record, Kind::Quarantined,
                    tr("“%1” was being removed when Revaer stopped; its resume data was moved to quarantine.")
                        .arg(nameFor(d.record))));
                return d;
            }
        }
        if (d.record.name.isEmpty())
            d.record.name = resume->name;
        d.action = Decision::Action::Restore;
        d.request.kind = AddTorrentRequest::Kind::ResumeData;
        d.request.data = *entry.resumeData;
        d.request.id = id;
        d.request.source = d.record.source.isEmpty() ? nameFor(d.record) : d.record.source;
        d.request.savePath = d.record.savePath.isEmpty() ? resume->savePath : d.record.savePath;
        d.record.savePath = d.request.savePath;
        d.request.addedAt = d.record.addedAt;
    } else {
        // No usable resume data. Anything damaged goes to quarantine; a good
        // record is enough to add the torrent again.
        QStringList reasons;
        if (resumePresent) {
            d.quarantineResume = true;
            reasons.append(tr("%1.fastresume: %2").arg(id.toString(), resumeProblem));
        } else {
            reasons.append(tr("%1.fastresume is missing").arg(id.toString()));
        }
        if (jsonPresent) {
            d.quarantineJson = true;
            if (!json)
                reasons.append(tr("%1.json: %2").arg(id.toString(), jsonProblem));
        }
        d.quarantineReason = reasons.join(u'\n');

        if (!json) {
            d.action = Decision::Action::Skip;
            d.record.id = id;
            d.events.append(event(d.record, Kind::Quarantined,
                tr("Torrent %1 could not be restored: %2. Its files were moved to quarantine.")
                    .arg(id.toString(), reasons.join(QStringLiteral("; ")))));
            return d;
        }
        d.record = *json;
        d.action = Decision::Action::Recover;
        const QFileInfo source(d.record.source);
        QString how;
        if (!isMagnet(d.record.source) && source.isFile()) {
            d.request = AddTorrentRequest::fromFile(d.record.source);
            how = tr("from “%1”").arg(QDir::toNativeSeparators(d.record.source));
        } else {
            d.request = AddTorrentRequest::fromMagnet(magnetFor(d.record));
            how = isMagnet(d.record.source) ? tr("from its magnet link") : tr("from its info-hash and trackers");
        }
        d.request.id = id;
        d.request.savePath = d.record.savePath;
        d.request.filePriorities = d.record.filePriorities;
        d.request.sequential = d.record.sequential;
        d.request.paused = d.record.paused;
        d.request.addedAt = d.record.addedAt;
        d.events.append(event(d.record, Kind::Recovered,
            tr("The resume data of “%1” was unusable (%2); it was moved to quarantine and the torrent was "
               "added again %3, with its saved folder, file selection and trackers. It will check the data "
               "already downloaded.")
                .arg(nameFor(d.record), reasons.join(QStringLiteral("; ")), how)));
    }

    if (!d.record.savePath.isEmpty() && !QFileInfo(d.record.savePath).isDir()) {
        if (heldData(d.record, resume)) {
            // An unplugged drive or a deleted folder: downloading would create
            // it anew and fetch everything again, so hold the torrent instead.
            d.holdPaused = true;
            d.request.paused = true;
            d.events.append(event(d.record, Kind::SavePathMissing,
                tr("The download folder of “%1”, “%2”, no longer exists. The torrent is paused: reconnect "
                   "the drive or restore the folder and resume it, or move it to another folder.")
                    .arg(nameFor(d.record), QDir::toNativeSeparators(d.record.savePath))));
        } else {
            // It never held data: nothing can be lost by making it again.
            d.createSavePath = true;
        }
    } else if (d.action == Decision::Action::Restore) {
        const QString changed = firstChangedFile(d.record);
        if (!changed.isEmpty()) {
            d.recheck = true;
            d.request.recheck = true;
            d.events.append(event(d.record, Kind::FilesChanged,
                tr("“%1” changed on disk since Revaer last saved it (for example “%2”); its data is being "
                   "checked again.")
                    .arg(nameFor(d.record), QDir::toNativeSeparators(changed))));
        }
    }
    return d;
}

} // namespace Revaer
