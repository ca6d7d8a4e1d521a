#include "resumeloader.h"

#include "backend/resumedatainspector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Revaer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Revaer::ResumeLoader", text);
}

ReconciliationEvent event(const StoredTorrent &record, ReconciliationEvent::Kind kind, const QString &message)
{
    return {record.id, record.name.isEmpty() ? record.id.toString() : record.name, kind, message};
}

// The record libtorrent's resume data implies, for when the .json is unusable.
StoredTorrent recordFromResume(const TorrentId &id, const ResumeDataInspector::Info &info, const QDateTime &fileTime)
{
    StoredTorrent r;
    r.id = id;
    r.name = info.name;
    r.savePath = info.savePath;
    r.sequential = info.sequential;
    r.paused = info.paused && !info.autoManaged;
    r.filePriorities = info.filePriorities;
    r.trackers = info.trackers;
    r.addedAt = fileTime;
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

} // namespace

QString ResumeLoader::magnetFor(const StoredTorrent &record)
{
    const QString hex = record.id.toString();
    QString magnet = hex.size() == 40 ? QStringLiteral("magnet:?xt=urn:btih:") + hex : QStringLiteral("magnet:?xt=urn:btmh:1220") + hex;
    if (!record.name.isEmpty())
        magnet += QStringLiteral("&dn=") + QString::fromLatin1(QUrl::toPercentEncoding(record.name));
    for (const QString &tracker : record.trackers)
        magnet += QStringLiteral("&tr=") + QString::fromLatin1(QUrl::toPercentEncoding(tracker));
    return magnet;
}

ResumeLoader::Decision ResumeLoader::decide(const TorrentId &id, const FastResumeStore::Entry &entry)
{
    using Kind = ReconciliationEvent::Kind;
    Decision d;

    std::optional<StoredTorrent> json;
    QString jsonProblem;
    if (entry.json) {
        json = StoredTorrent::fromJson(*entry.json, &jsonProblem);
        if (json && json->id != id) {
            jsonProblem = tr("it names another torrent (%1)").arg(json->id.toString());
            json.reset();
        }
    }

    std::optional<ResumeDataInspector::Info> resume;
    QString resumeProblem;
    if (entry.resumeData) {
        resume = ResumeDataInspector::inspect(*entry.resumeData);
        if (!resume->ok()) {
            resumeProblem = resume->error;
            resume.reset();
        } else if (!resume->belongsTo(id)) {
            resumeProblem = tr("it belongs to another torrent (%1)").arg(resume->infoHashV1.isEmpty() ? resume->infoHashV2 : resume->infoHashV1);
            resume.reset();
        }
    }

    if (resume) {
        if (json) {
            d.record = *json;
        } else {
            d.record = recordFromResume(id, *resume, QDateTime::currentDateTimeUtc());
            if (entry.json) {
                // A damaged or foreign .json beside good resume data: keep the torrent.
                d.quarantineJson = true;
                d.quarantineReason = tr("%1.json: %2").arg(id.toString(), jsonProblem);
                d.events.append(event(d.record, Kind::RecordRebuilt,
                                      tr("The saved settings of “%1” were unusable (%2); they were moved to quarantine and "
                                         "rebuilt from its resume data.")
                                          .arg(d.record.name, jsonProblem)));
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
                                          .arg(d.record.name)));
                return d;
            }
        }
        if (d.record.name.isEmpty())
            d.record.name = resume->name;
        d.action = Decision::Action::Restore;
        d.request.kind = AddTorrentRequest::Kind::ResumeData;
        d.request.data = *entry.resumeData;
        d.request.id = id;
        d.request.source = d.record.source.isEmpty() ? d.record.name : d.record.source;
        d.request.savePath = d.record.savePath.isEmpty() ? resume->savePath : d.record.savePath;
        d.record.savePath = d.request.savePath;
        d.request.addedAt = d.record.addedAt;
    } else {
        // No usable resume data. Anything damaged goes to quarantine; a good
        // record is enough to add the torrent again.
        QStringList reasons;
        if (entry.resumeData) {
            d.quarantineResume = true;
            reasons.append(tr("%1.fastresume: %2").arg(id.toString(), resumeProblem));
        } else {
            reasons.append(tr("%1.fastresume is missing").arg(id.toString()));
        }
        if (entry.json) {
            d.quarantineJson = true;
            if (!json)
                reasons.append(tr("%1.json: %2").arg(id.toString(), jsonProblem));
        }
        if (!entry.readError.isEmpty())
            reasons.append(entry.readError);
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
        if (!d.record.source.startsWith(u"magnet:", Qt::CaseInsensitive) && source.isFile())
            d.request = AddTorrentRequest::fromFile(d.record.source);
        else
            d.request = AddTorrentRequest::fromMagnet(magnetFor(d.record));
        d.request.id = id;
        d.request.savePath = d.record.savePath;
        d.request.filePriorities = d.record.filePriorities;
        d.request.sequential = d.record.sequential;
        d.request.paused = d.record.paused;
        d.request.addedAt = d.record.addedAt;
        d.events.append(event(d.record, Kind::Recovered,
                              tr("The resume data of “%1” was unusable (%2); it was moved to quarantine and the torrent was "
                                 "added again from its saved settings. It will check the data already downloaded.")
                                  .arg(d.record.name, reasons.join(QStringLiteral("; ")))));
    }

    if (!d.record.savePath.isEmpty() && !QFileInfo(d.record.savePath).isDir()) {
        // An unplugged drive or a deleted folder: downloading would create it
        // anew and fetch everything again, so hold the torrent instead.
        d.holdPaused = true;
        d.request.paused = true;
        d.events.append(event(d.record, Kind::SavePathMissing,
                              tr("The download folder of “%1”, “%2”, no longer exists. The torrent is paused: reconnect the "
                                 "drive or restore the folder and resume it, or move it to another folder.")
                                  .arg(d.record.name, QDir::toNativeSeparators(d.record.savePath))));
    } else if (d.action == Decision::Action::Restore) {
        const QString changed = firstChangedFile(d.record);
        if (!changed.isEmpty()) {
            d.recheck = true;
            d.request.recheck = true;
            d.events.append(event(d.record, Kind::FilesChanged,
                                  tr("“%1” changed on disk since Revaer last saved it (for example “%2”); its data is being "
                                     "checked again.")
                                      .arg(d.record.name, QDir::toNativeSeparators(changed))));
        }
    }
    return d;
}

} // namespace Revaer
