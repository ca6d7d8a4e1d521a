#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Revaer {

// How a torrent is filed: at most one category, which nests with '/'
// ("Movies/4K" is inside "Movies"), and any number of tags. Kept with the
// torrent in the resume folder's JSON; category definitions (save paths) are
// in the settings.
struct TorrentLabels {
    QString category; // empty: none
    QStringList tags; // in the order given, each once

    friend bool operator==(const TorrentLabels &a, const TorrentLabels &b)
    {
        return a.category == b.category && a.tags == b.tags;
    }
    friend bool operator!=(const TorrentLabels &a, const TorrentLabels &b) { return !(a == b); }
};

// A category the user defined: where its torrents are saved. Categories a
// torrent names without a definition simply have none of these.
struct CategoryDefinition {
    QString name; // canonical
    QString savePath; // empty: the parent's save path and this level's name, else the default
    QString incompletePath; // empty: unfinished downloads stay in the save path

    friend bool operator==(const CategoryDefinition &a, const CategoryDefinition &b)
    {
        return a.name == b.name && a.savePath == b.savePath && a.incompletePath == b.incompletePath;
    }
};

// What setTags does with the tags it is given.
enum class TagChange : quint8 {
    Add,
    Remove,
    Replace,
};

namespace Labels {

constexpr int MaxCategoryLength = 255;
constexpr int MaxTagLength = 100;
constexpr int MaxTags = 100;

// A category as the user typed it, made canonical: spaces around each level
// trimmed, empty levels dropped ("Movies//4K/" is "Movies/4K"). Empty input
// is "no category". Control characters and over-long names are refused, with
// `error` naming the name and the reason.
QString normalCategory(const QString &name, QString *error);

// Tags made canonical: each trimmed, empty ones dropped, duplicates dropped
// (the first kept). A comma is refused (it separates tags where people type
// them, and in Transmission's labels), as are control characters, over-long
// tags and more than MaxTags.
QStringList normalTags(const QStringList &tags, QString *error);

// Tags typed as "a, b, c".
QStringList splitTags(const QString &text);

// `tags` changed by `change` with `given` (both canonical).
QStringList changed(const QStringList &tags, const QStringList &given, TagChange change);

// "Movies/4K" is within "Movies" and within itself; "Movies2" is not.
bool categoryWithin(const QString &category, const QString &parent);

// Where a torrent filed under `category` is saved: the category's own save
// path; else the nearest defined parent's, with the levels below it as
// folders ("Movies" at /data/movies puts "Movies/4K" in /data/movies/4K);
// else `defaultPath`.
QString savePathFor(const QString &category, const QList<CategoryDefinition> &definitions, const QString &defaultPath);
// The folder for unfinished downloads of `category`: its own or its nearest
// defined parent's (no subfolders below it); empty when none has one.
QString incompletePathFor(const QString &category, const QList<CategoryDefinition> &definitions);

} // namespace Labels

} // namespace Revaer

Q_DECLARE_METATYPE(Revaer::TorrentLabels)
Q_DECLARE_METATYPE(Revaer::TagChange)
