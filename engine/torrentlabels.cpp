#include "torrentlabels.h"

#include "units.h"

#include <QCoreApplication>

namespace Revaer::Labels {

namespace {

bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Revaer::Labels", text);
}

} // namespace

QString normalCategory(const QString &name, QString *error)
{
    QStringList levels;
    for (const QString &level : name.split(QLatin1Char('/'))) {
        const QString trimmed = level.trimmed();
        if (!trimmed.isEmpty())
            levels.append(trimmed);
    }
    const QString category = levels.join(QLatin1Char('/'));
    if (hasControl(category)) {
        *error = tr("The category “%1” has a control character: use letters, digits, spaces and punctuation.")
                     .arg(Units::elided(category, 80));
        return {};
    }
    if (category.size() > MaxCategoryLength) {
        *error = tr("The category “%1” is longer than %2 characters.").arg(Units::elided(category, 80)).arg(MaxCategoryLength);
        return {};
    }
    return category;
}

QStringList normalTags(const QStringList &tags, QString *error)
{
    QStringList result;
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed();
        if (trimmed.isEmpty() || result.contains(trimmed))
            continue;
        if (trimmed.contains(QLatin1Char(',')) || hasControl(trimmed)) {
            *error = tr("The tag “%1” has a comma or a control character: a tag is one word or phrase without them.")
                         .arg(Units::elided(trimmed, 80));
            return {};
        }
        if (trimmed.size() > MaxTagLength) {
            *error = tr("The tag “%1” is longer than %2 characters.").arg(Units::elided(trimmed, 80)).arg(MaxTagLength);
            return {};
        }
        result.append(trimmed);
    }
    if (result.size() > MaxTags) {
        *error = tr("A torrent takes at most %1 tags; %2 were given.").arg(MaxTags).arg(result.size());
        return {};
    }
    return result;
}

QStringList splitTags(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QStringList changed(const QStringList &tags, const QStringList &given, TagChange change)
{
    switch (change) {
    case TagChange::Replace:
        return given;
    case TagChange::Add: {
        QStringList result = tags;
        for (const QString &tag : given) {
            if (!result.contains(tag))
                result.append(tag);
        }
        return result.mid(0, MaxTags);
    }
    case TagChange::Remove: {
        QStringList result;
        for (const QString &tag : tags) {
            if (!given.contains(tag))
                result.append(tag);
        }
        return result;
    }
    }
    return tags;
}

bool categoryWithin(const QString &category, const QString &parent)
{
    return category == parent
        || (category.size() > parent.size() && category.startsWith(parent) && category.at(parent.size()) == QLatin1Char('/'));
}

namespace {

// The `field` of `category` or of its nearest defined parent that has one,
// with the levels below that parent in `below`; empty when none has it.
QString nearest(
    const QString &category, const QList<CategoryDefinition> &definitions, QString CategoryDefinition::*field, QStringList *below)
{
    QString level = category;
    while (!level.isEmpty()) {
        for (const CategoryDefinition &definition : definitions) {
            if (definition.name == level && !(definition.*field).isEmpty())
                return definition.*field;
        }
        const qsizetype slash = level.lastIndexOf(QLatin1Char('/'));
        below->prepend(level.mid(slash + 1));
        level = slash < 0 ? QString() : level.left(slash);
    }
    return {};
}

} // namespace

QString savePathFor(const QString &category, const QList<CategoryDefinition> &definitions, const QString &defaultPath)
{
    QStringList below;
    const QString path = nearest(category, definitions, &CategoryDefinition::savePath, &below);
    if (path.isEmpty())
        return defaultPath;
    return below.isEmpty() ? path : path + QLatin1Char('/') + below.join(QLatin1Char('/'));
}

QString incompletePathFor(const QString &category, const QList<CategoryDefinition> &definitions)
{
    QStringList below; // one folder for unfinished downloads, whatever the level
    return nearest(category, definitions, &CategoryDefinition::incompletePath, &below);
}

} // namespace Revaer::Labels
