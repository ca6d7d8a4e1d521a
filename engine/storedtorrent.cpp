#include "storedtorrent.h"

#include "units.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Revaer {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// A JSON number as a whole number, or `fallback` when it is not one that
// fits: casting 1e300 to an integer is undefined behaviour (found by fuzz_resumejson).
qint64 wholeNumber(const QJsonValue &value, qint64 fallback)
{
    if (!value.isDouble())
        return fallback;
    const double number = value.toDouble();
    constexpr double limit = 9.0e18; // inside qint64 on both sides
    if (!std::isfinite(number) || number < -limit || number > limit)
        return fallback;
    return static_cast<qint64>(number);
}

} // namespace

bool operator==(const StoredTorrent &a, const StoredTorrent &b)
{
    return a.id == b.id && a.name == b.name && a.source == b.source && a.savePath == b.savePath && a.sequential == b.sequential
        && a.paused == b.paused && a.filePriorities == b.filePriorities && a.filePaths == b.filePaths && a.trackers == b.trackers
        && a.limits == b.limits && a.addedAt == b.addedAt && a.completedAt == b.completedAt && a.fileStamps == b.fileStamps
        && a.resumeSavedAt == b.resumeSavedAt && a.labels == b.labels && a.finalSavePath == b.finalSavePath;
}

QByteArray StoredTorrent::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), CurrentVersion);
    o.insert(QStringLiteral("infoHash"), id.toString());
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("savePath"), savePath);
    o.insert(QStringLiteral("sequential"), sequential);
    o.insert(QStringLiteral("paused"), paused);
    QJsonArray priorities;
    for (int p : filePriorities)
        priorities.append(p);
    o.insert(QStringLiteral("filePriorities"), priorities);
    o.insert(QStringLiteral("filePaths"), QJsonArray::fromStringList(filePaths));
    o.insert(QStringLiteral("trackers"), QJsonArray::fromStringList(trackers));
    o.insert(QStringLiteral("downloadLimit"), limits.downloadLimit);
    o.insert(QStringLiteral("uploadLimit"), limits.uploadLimit);
    o.insert(QStringLiteral("addedAt"), isoTime(addedAt));
    o.insert(QStringLiteral("completedAt"), isoTime(completedAt));
    o.insert(QStringLiteral("resumeSavedAt"), isoTime(resumeSavedAt));
    QJsonArray stamps;
    for (const FileStamp &s : fileStamps) {
        QJsonObject stamp;
        stamp.insert(QStringLiteral("size"), s.size);
        stamp.insert(QStringLiteral("modifiedMs"), s.modifiedMs);
        stamp.insert(QStringLiteral("complete"), s.complete);
        stamps.append(stamp);
    }
    o.insert(QStringLiteral("fileStamps"), stamps);
    o.insert(QStringLiteral("category"), labels.category);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(labels.tags));
    if (!finalSavePath.isEmpty())
        o.insert(QStringLiteral("finalSavePath"), finalSavePath);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<StoredTorrent> StoredTorrent::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    // A hand edit may quote the number ("1") or write 1.0: both are version 1.
    const QJsonValue versionValue = o.value(QStringLiteral("version"));
    bool versionOk = false;
    const double versionNumber
        = versionValue.isString() ? versionValue.toString().trimmed().toDouble(&versionOk) : versionValue.toDouble(-1);
    if (versionValue.isUndefined() || versionValue.isNull()) {
        *error = QStringLiteral("it has no format version");
        return std::nullopt;
    }
    const bool inRange = std::isfinite(versionNumber) && versionNumber >= 1 && versionNumber <= 1'000'000;
    const int version = inRange ? int(versionNumber) : 0;
    if (!versionValue.isString() && !versionValue.isDouble()) {
        *error = QStringLiteral("its format version is not a number");
        return std::nullopt;
    }
    if (versionValue.isString() && versionValue.toString().trimmed().isEmpty()) {
        *error = QStringLiteral("its format version is empty");
        return std::nullopt;
    }
    if ((versionValue.isString() && !versionOk) || !inRange || double(version) != versionNumber) {
        const QString shown = versionValue.isString() ? versionValue.toString() : QString::number(versionNumber);
        *error = QStringLiteral("its format version “%1” is not a whole number from 1").arg(Units::elided(shown, 40));
        return std::nullopt;
    }
    if (version > CurrentVersion) {
        *error = QStringLiteral("it was written by a newer Revaer (format version %1; this one reads up to %2)")
                     .arg(version)
                     .arg(CurrentVersion);
        return std::nullopt;
    }
    StoredTorrent t;
    t.id = TorrentId::fromHex(o.value(QStringLiteral("infoHash")).toString());
    if (!t.id.isValid()) {
        *error = QStringLiteral("no valid infoHash");
        return std::nullopt;
    }
    t.name = o.value(QStringLiteral("name")).toString();
    t.source = o.value(QStringLiteral("source")).toString();
    t.savePath = o.value(QStringLiteral("savePath")).toString();
    t.sequential = o.value(QStringLiteral("sequential")).toBool();
    t.paused = o.value(QStringLiteral("paused")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("filePriorities")).toArray()) {
        const int p = v.toInt(-1);
        if (p < 0 || p > 7) {
            *error = QStringLiteral("a file priority is not 0 to 7");
            return std::nullopt;
        }
        t.filePriorities.append(p);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("filePaths")).toArray())
        t.filePaths.append(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("trackers")).toArray())
        t.trackers.append(v.toString());
    t.limits.downloadLimit = std::max(0, o.value(QStringLiteral("downloadLimit")).toInt());
    t.limits.uploadLimit = std::max(0, o.value(QStringLiteral("uploadLimit")).toInt());
    t.addedAt = parseTime(o.value(QStringLiteral("addedAt")));
    t.completedAt = parseTime(o.value(QStringLiteral("completedAt")));
    t.resumeSavedAt = parseTime(o.value(QStringLiteral("resumeSavedAt")));
    for (const QJsonValue &v : o.value(QStringLiteral("fileStamps")).toArray()) {
        const QJsonObject stamp = v.toObject();
        FileStamp s;
        s.size = std::max<qint64>(-1, wholeNumber(stamp.value(QStringLiteral("size")), -1));
        s.modifiedMs = wholeNumber(stamp.value(QStringLiteral("modifiedMs")), 0);
        s.complete = stamp.value(QStringLiteral("complete")).toBool();
        t.fileStamps.append(s);
    }
    // Labels edited by hand into something Revaer would refuse are dropped,
    // not the torrent: they are how it is filed, not what it is.
    QString labelError;
    t.labels.category = Labels::normalCategory(o.value(QStringLiteral("category")).toString(), &labelError);
    QStringList tags;
    for (const QJsonValue &v : o.value(QStringLiteral("tags")).toArray())
        tags.append(v.toString());
    t.labels.tags = Labels::normalTags(tags, &labelError);
    t.finalSavePath = o.value(QStringLiteral("finalSavePath")).toString();
    return t;
}

} // namespace Revaer
