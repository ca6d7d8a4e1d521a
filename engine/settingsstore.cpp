#include "settingsstore.h"

#include "appsettings.h"
#include "configwatcher.h"
#include "logging.h"
#include "torrentengine.h"

#include <QCoreApplication>
#include <QDir>

namespace Revaer {

namespace {

// The keys of the window's part; the engine's are AppSettings'.
const QString LanguageKey = QStringLiteral("Interface/language");
const QString ShowAddDialogKey = QStringLiteral("Interface/showAddDialog");
const QString StartPausedKey = QStringLiteral("Downloads/startPaused");
const QString ConfirmRemoveKey = QStringLiteral("Interface/confirmRemove");
const QString CloseToTrayKey = QStringLiteral("Interface/closeToTray");
const QString OfferedDefaultHandlerKey = QStringLiteral("Interface/offeredDefaultHandler");
const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString TransferHeaderKey = QStringLiteral("MainWindow/transferHeader");
const QString HorizontalSplitKey = QStringLiteral("MainWindow/hsplit");
const QString VerticalSplitKey = QStringLiteral("MainWindow/vsplit");
const QString ShowDetailsKey = QStringLiteral("MainWindow/showDetails");
const QString StatusFilterKey = QStringLiteral("MainWindow/statusFilter");
const QString CategoryFilterKey = QStringLiteral("MainWindow/categoryFilter");
const QString TagFilterKey = QStringLiteral("MainWindow/tagFilter");
const QString LastOpenDirKey = QStringLiteral("MainWindow/lastOpenDir");
const QString RecentSavePathsKey = QStringLiteral("AddDialog/recentSavePaths");
const QString LastSavePathKey = QStringLiteral("AddDialog/lastSavePath");

// How many save folders the add dialog offers.
constexpr qsizetype RecentSavePaths = 8;

} // namespace

SettingsStore::SettingsStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_startupProblems(AppSettings::repairFile(path)) // before QSettings reads it
    , m_file(path, QSettings::IniFormat)
{
    m_chosenPort = AppSettings::chooseListenPort(m_file);
}

void SettingsStore::load(const EngineConfig &base)
{
    AppSettings::LoadResult loaded = AppSettings::load(m_file, base);
    m_config = loaded.config;
    for (const QString &problem : std::as_const(loaded.problems))
        m_startupProblems.append(tr("Settings file “%1”: %2").arg(QDir::toNativeSeparators(m_path), problem));
}

SettingsStore::~SettingsStore() = default;

void SettingsStore::attach(TorrentEngine *engine)
{
    m_engine = engine;
    if (m_watcher)
        return;
    m_watcher = new ConfigWatcher(m_path, this);
    connect(m_watcher, &ConfigWatcher::changed, this, &SettingsStore::reload);
}

bool SettingsStore::write(const std::function<void(QSettings &)> &change)
{
    // QSettings reads the file back before writing it: a FIFO put in its
    // place would hold the window until something writes to it, and garbage
    // would be merged into what is saved. Such a file is left alone (and the
    // change is not handed to QSettings, which would otherwise try again
    // when it is destroyed); what was asked holds until Revaer quits.
    QString unwritable;
    if (!AppSettings::isReadable(m_path, &unwritable)) {
        const QString message = tr("Cannot save the settings to “%1” (%2). The change holds until Revaer quits; remove "
                                   "or fix that file and Revaer writes a new one.")
                                    .arg(QDir::toNativeSeparators(m_path), unwritable);
        qCWarning(lcEngine).noquote() << message;
        Q_EMIT problem(message);
        return false;
    }
    change(m_file);
    m_file.sync();
    // Our own write is not an edit to read back.
    if (m_watcher)
        m_watcher->acknowledge();
    return true;
}

void SettingsStore::setValues(const QList<std::pair<QString, QVariant>> &values)
{
    const bool saved = write([&values](QSettings &file) {
        for (const auto &[key, value] : values)
            file.setValue(key, value);
    });
    for (const auto &[key, value] : values) {
        if (saved)
            m_unsaved.remove(key);
        else
            m_unsaved.insert(key, value);
    }
}

QVariant SettingsStore::value(const QString &key, const QVariant &fallback) const
{
    const auto unsaved = m_unsaved.constFind(key);
    return unsaved != m_unsaved.cend() ? *unsaved : m_file.value(key, fallback);
}

QVariantHash SettingsStore::section(const QString &name) const
{
    QVariantHash values;
    const QString prefix = name + QLatin1Char('/');
    for (const QString &key : m_file.allKeys()) {
        if (key.startsWith(prefix))
            values.insert(key.mid(prefix.size()), m_file.value(key));
    }
    for (auto it = m_unsaved.cbegin(); it != m_unsaved.cend(); ++it) {
        if (it.key().startsWith(prefix))
            values.insert(it.key().mid(prefix.size()), it.value());
    }
    return values;
}

void SettingsStore::setSection(const QString &name, const QVariantHash &values)
{
    QList<std::pair<QString, QVariant>> list;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        list.append({name + QLatin1Char('/') + it.key(), it.value()});
    setValues(list);
    Q_EMIT sectionChanged(name);
}

void SettingsStore::setEngineConfig(const EngineConfig &config)
{
    const EngineConfig before = m_config;
    m_config.session = config.session;
    m_config.defaultSavePath = config.defaultSavePath;
    write([this](QSettings &file) { AppSettings::save(file, m_config); });
    m_config.overrides.applyTo(m_config);
    applyToEngine(before);
}

void SettingsStore::setGlobalLimits(const RateLimits &limits)
{
    m_config.session.limits = limits;
    write([&limits](QSettings &file) { AppSettings::saveGlobalLimits(file, limits); });
    if (m_engine)
        m_engine->setGlobalLimits(limits);
    Q_EMIT changed(Key::Engine);
}

void SettingsStore::applyToEngine(const EngineConfig &before)
{
    const bool savePathChanged = before.defaultSavePath != m_config.defaultSavePath;
    const bool sessionChanged = before.session != m_config.session;
    if (!savePathChanged && !sessionChanged)
        return;
    if (m_engine && savePathChanged)
        m_engine->setDefaultSavePath(m_config.defaultSavePath);
    if (m_engine && sessionChanged)
        m_engine->applySettings(m_config.session);
    Q_EMIT changed(Key::Engine);
}

void SettingsStore::reload()
{
    QString unreadable;
    if (!AppSettings::isReadable(m_path, &unreadable)) {
        const QString message = tr("Settings file “%1” cannot be read (%2); the settings in force stay until it can.")
                                    .arg(QDir::toNativeSeparators(m_path), unreadable);
        qCWarning(lcEngine).noquote() << message;
        Q_EMIT problem(message);
        return;
    }
    m_file.sync(); // reads what changed on disk
    const AppSettings::LoadResult loaded = AppSettings::load(m_file, m_config);
    for (const QString &problem : loaded.problems) {
        const QString message = tr("Settings file “%1”: %2").arg(QDir::toNativeSeparators(m_path), problem);
        qCWarning(lcEngine).noquote() << message;
        Q_EMIT this->problem(message);
    }
    const EngineConfig before = m_config;
    m_config.session = loaded.config.session;
    m_config.defaultSavePath = loaded.config.defaultSavePath;
    applyToEngine(before);
    Q_EMIT changed(Key::Interface);
    qCInfo(lcEngine) << "settings file reloaded";
}

QString SettingsStore::language() const
{
    return value(LanguageKey).toString();
}

bool SettingsStore::showAddDialog() const
{
    return value(ShowAddDialogKey, true).toBool();
}

bool SettingsStore::startPaused() const
{
    return value(StartPausedKey, false).toBool();
}

bool SettingsStore::confirmRemove() const
{
    return value(ConfirmRemoveKey, true).toBool();
}

bool SettingsStore::closeToTray() const
{
    return value(CloseToTrayKey, true).toBool();
}

bool SettingsStore::offeredDefaultHandler() const
{
    return value(OfferedDefaultHandlerKey, false).toBool();
}

SettingsStore::InterfaceChoices SettingsStore::interfaceChoices() const
{
    return {language(), showAddDialog(), startPaused(), confirmRemove(), closeToTray()};
}

void SettingsStore::setInterfaceChoices(const InterfaceChoices &choices)
{
    setValues({{LanguageKey, choices.language}, {ShowAddDialogKey, choices.showAddDialog}, {StartPausedKey, choices.startPaused},
        {ConfirmRemoveKey, choices.confirmRemove}, {CloseToTrayKey, choices.closeToTray}});
    Q_EMIT changed(Key::Interface);
}

void SettingsStore::setOfferedDefaultHandler(bool offered)
{
    setValues({{OfferedDefaultHandlerKey, offered}});
}

SettingsStore::WindowLayout SettingsStore::windowLayout() const
{
    WindowLayout layout;
    layout.geometry = value(GeometryKey).toByteArray();
    layout.transferHeader = value(TransferHeaderKey).toByteArray();
    layout.horizontalSplit = value(HorizontalSplitKey).toByteArray();
    layout.verticalSplit = value(VerticalSplitKey).toByteArray();
    layout.showDetails = value(ShowDetailsKey, true).toBool();
    layout.statusFilter = value(StatusFilterKey).toString();
    layout.categoryFilter = value(CategoryFilterKey).toString();
    layout.tagFilter = value(TagFilterKey).toString();
    return layout;
}

void SettingsStore::setWindowLayout(const WindowLayout &layout)
{
    QList<std::pair<QString, QVariant>> values {{TransferHeaderKey, layout.transferHeader},
        {HorizontalSplitKey, layout.horizontalSplit}, {VerticalSplitKey, layout.verticalSplit},
        {ShowDetailsKey, layout.showDetails}, {StatusFilterKey, layout.statusFilter}, {CategoryFilterKey, layout.categoryFilter},
        {TagFilterKey, layout.tagFilter}};
    if (!layout.geometry.isEmpty())
        values.append({GeometryKey, layout.geometry});
    setValues(values);
}

QString SettingsStore::lastOpenDir() const
{
    return value(LastOpenDirKey, QDir::homePath()).toString();
}

void SettingsStore::setLastOpenDir(const QString &dir)
{
    setValues({{LastOpenDirKey, dir}});
}

QStringList SettingsStore::recentSavePaths() const
{
    return value(RecentSavePathsKey).toStringList();
}

QString SettingsStore::lastSavePath() const
{
    return value(LastSavePathKey).toString();
}

void SettingsStore::rememberSavePath(const QString &path)
{
    QStringList recent = recentSavePaths();
    recent.removeAll(path);
    recent.prepend(path);
    setValues({{RecentSavePathsKey, QStringList(recent.mid(0, RecentSavePaths))}, {LastSavePathKey, path}});
}

QList<CategoryDefinition> SettingsStore::categories() const
{
    // QSettings' array layout: Categories/size, Categories/1/name, ...
    QList<CategoryDefinition> result;
    const int size = std::clamp(value(QStringLiteral("Categories/size")).toInt(), 0, 10'000);
    for (int i = 1; i <= size; ++i) {
        const QString prefix = QStringLiteral("Categories/%1/").arg(i);
        QString error;
        CategoryDefinition definition;
        definition.name = Labels::normalCategory(value(prefix + QStringLiteral("name")).toString(), &error);
        definition.savePath = value(prefix + QStringLiteral("savePath")).toString();
        definition.incompletePath = value(prefix + QStringLiteral("incompletePath")).toString();
        const bool seen = std::any_of(
            result.cbegin(), result.cend(), [&](const CategoryDefinition &other) { return other.name == definition.name; });
        if (error.isEmpty() && !definition.name.isEmpty() && !seen)
            result.append(definition);
    }
    std::sort(result.begin(), result.end(),
        [](const CategoryDefinition &a, const CategoryDefinition &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    return result;
}

void SettingsStore::setCategories(const QList<CategoryDefinition> &categories)
{
    QList<std::pair<QString, QVariant>> values {{QStringLiteral("Categories/size"), int(categories.size())}};
    for (int i = 0; i < categories.size(); ++i) {
        const QString prefix = QStringLiteral("Categories/%1/").arg(i + 1);
        values.append({prefix + QStringLiteral("name"), categories.at(i).name});
        values.append({prefix + QStringLiteral("savePath"), categories.at(i).savePath});
        values.append({prefix + QStringLiteral("incompletePath"), categories.at(i).incompletePath});
    }
    setValues(values);
    Q_EMIT categoriesChanged();
}

CompletionCommand SettingsStore::completionCommand() const
{
    return {value(QStringLiteral("Downloads/onCompletionProgram")).toString(),
        value(QStringLiteral("Downloads/onCompletionArguments")).toStringList()};
}

void SettingsStore::setCompletionCommand(const CompletionCommand &command)
{
    setValues({{QStringLiteral("Downloads/onCompletionProgram"), command.program},
        {QStringLiteral("Downloads/onCompletionArguments"), command.arguments}});
}

QList<WatchedFolder> SettingsStore::watchedFolders() const
{
    // QSettings' array layout: WatchedFolders/size, WatchedFolders/1/path, ...
    QList<WatchedFolder> result;
    const int size = std::clamp(value(QStringLiteral("WatchedFolders/size")).toInt(), 0, 1000);
    for (int i = 1; i <= size; ++i) {
        const QString prefix = QStringLiteral("WatchedFolders/%1/").arg(i);
        WatchedFolder folder;
        folder.path = QDir::cleanPath(value(prefix + QStringLiteral("path")).toString());
        QString error;
        folder.category = Labels::normalCategory(value(prefix + QStringLiteral("category")).toString(), &error);
        const QString savePath = value(prefix + QStringLiteral("savePath")).toString();
        folder.savePath = savePath.isEmpty() ? QString() : QDir::cleanPath(savePath);
        folder.startPaused = value(prefix + QStringLiteral("startPaused")).toBool();
        folder.afterAdding = value(prefix + QStringLiteral("afterAdding")).toString() == QLatin1String("move")
            ? WatchedFolder::AfterAdding::MoveToSubfolder
            : WatchedFolder::AfterAdding::Rename;
        if (folder.path.isEmpty() || folder.path == QLatin1String(".") || QDir::isRelativePath(folder.path) || !error.isEmpty()) {
            qCWarning(lcEngine).noquote() << "settings: watched folder" << i << "skipped: no full path, or a bad category";
            continue;
        }
        result.append(folder);
    }
    return result;
}

void SettingsStore::setWatchedFolders(const QList<WatchedFolder> &folders)
{
    QList<std::pair<QString, QVariant>> values {{QStringLiteral("WatchedFolders/size"), int(folders.size())}};
    for (int i = 0; i < folders.size(); ++i) {
        const WatchedFolder &folder = folders.at(i);
        const QString prefix = QStringLiteral("WatchedFolders/%1/").arg(i + 1);
        values.append({prefix + QStringLiteral("path"), folder.path});
        values.append({prefix + QStringLiteral("category"), folder.category});
        values.append({prefix + QStringLiteral("savePath"), folder.savePath});
        values.append({prefix + QStringLiteral("startPaused"), folder.startPaused});
        values.append({prefix + QStringLiteral("afterAdding"),
            folder.afterAdding == WatchedFolder::AfterAdding::MoveToSubfolder ? QStringLiteral("move")
                                                                              : QStringLiteral("rename")});
    }
    setValues(values);
    Q_EMIT watchedFoldersChanged();
}

SettingsStore::CategoryMove SettingsStore::categoryMove() const
{
    const QString choice = value(QStringLiteral("Interface/moveOnCategoryChange")).toString();
    return choice == QLatin1String("move") ? CategoryMove::Move
        : choice == QLatin1String("keep")  ? CategoryMove::Keep
                                           : CategoryMove::Ask;
}

void SettingsStore::setCategoryMove(CategoryMove choice)
{
    const QString text = choice == CategoryMove::Move ? QStringLiteral("move")
        : choice == CategoryMove::Keep                ? QStringLiteral("keep")
                                                      : QStringLiteral("ask");
    setValues({{QStringLiteral("Interface/moveOnCategoryChange"), text}});
}

QString SettingsStore::incompletePath() const
{
    if (m_config.overrides.incompletePath)
        return *m_config.overrides.incompletePath;
    const QString path = value(QStringLiteral("Downloads/incompletePath")).toString().trimmed();
    return path.isEmpty() ? QString() : QDir::cleanPath(path);
}

void SettingsStore::setIncompletePath(const QString &path)
{
    // A choice made now (Settings, remote control) wins over --incomplete-dir.
    m_config.overrides.incompletePath.reset();
    setValues(
        {{QStringLiteral("Downloads/incompletePath"), path.trimmed().isEmpty() ? QString() : QDir::cleanPath(path.trimmed())}});
}

void SettingsStore::place(AddTorrentRequest &request) const
{
    if (request.kind == AddTorrentRequest::Kind::ResumeData || request.metadataOnly)
        return;
    const QList<CategoryDefinition> definitions = categories();
    const QString category = request.labels.category;
    if (request.savePath.isEmpty() && !category.isEmpty())
        request.savePath = Labels::savePathFor(category, definitions, QString());
    const QString final = QDir::cleanPath(request.savePath.isEmpty() ? m_config.defaultSavePath : request.savePath);
    QString incomplete = Labels::incompletePathFor(category, definitions);
    incomplete = incomplete.isEmpty() ? incompletePath() : QDir::cleanPath(incomplete);
    if (incomplete.isEmpty() || incomplete == final)
        return;
    request.finalSavePath = final;
    request.savePath = incomplete;
}

QString SettingsStore::savePathFor(const QString &category) const
{
    return Labels::savePathFor(category, categories(), m_config.defaultSavePath);
}

} // namespace Revaer
