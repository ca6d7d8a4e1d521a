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

void SettingsStore::write(const std::function<void(QSettings &)> &change)
{
    change(m_file);
    m_file.sync();
    // Our own write is not an edit to read back.
    if (m_watcher)
        m_watcher->acknowledge();
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
    return m_file.value(LanguageKey).toString();
}

bool SettingsStore::showAddDialog() const
{
    return m_file.value(ShowAddDialogKey, true).toBool();
}

bool SettingsStore::startPaused() const
{
    return m_file.value(StartPausedKey, false).toBool();
}

bool SettingsStore::confirmRemove() const
{
    return m_file.value(ConfirmRemoveKey, true).toBool();
}

bool SettingsStore::closeToTray() const
{
    return m_file.value(CloseToTrayKey, true).toBool();
}

bool SettingsStore::offeredDefaultHandler() const
{
    return m_file.value(OfferedDefaultHandlerKey, false).toBool();
}

SettingsStore::InterfaceChoices SettingsStore::interfaceChoices() const
{
    return {language(), showAddDialog(), startPaused(), confirmRemove(), closeToTray()};
}

void SettingsStore::setInterfaceChoices(const InterfaceChoices &choices)
{
    write([&choices](QSettings &file) {
        file.setValue(LanguageKey, choices.language);
        file.setValue(ShowAddDialogKey, choices.showAddDialog);
        file.setValue(StartPausedKey, choices.startPaused);
        file.setValue(ConfirmRemoveKey, choices.confirmRemove);
        file.setValue(CloseToTrayKey, choices.closeToTray);
    });
    Q_EMIT changed(Key::Interface);
}

void SettingsStore::setOfferedDefaultHandler(bool offered)
{
    write([offered](QSettings &file) { file.setValue(OfferedDefaultHandlerKey, offered); });
}

SettingsStore::WindowLayout SettingsStore::windowLayout() const
{
    WindowLayout layout;
    layout.geometry = m_file.value(GeometryKey).toByteArray();
    layout.transferHeader = m_file.value(TransferHeaderKey).toByteArray();
    layout.horizontalSplit = m_file.value(HorizontalSplitKey).toByteArray();
    layout.verticalSplit = m_file.value(VerticalSplitKey).toByteArray();
    layout.showDetails = m_file.value(ShowDetailsKey, true).toBool();
    layout.statusFilter = m_file.value(StatusFilterKey).toString();
    return layout;
}

void SettingsStore::setWindowLayout(const WindowLayout &layout)
{
    write([&layout](QSettings &file) {
        if (!layout.geometry.isEmpty())
            file.setValue(GeometryKey, layout.geometry);
        file.setValue(TransferHeaderKey, layout.transferHeader);
        file.setValue(HorizontalSplitKey, layout.horizontalSplit);
        file.setValue(VerticalSplitKey, layout.verticalSplit);
        file.setValue(ShowDetailsKey, layout.showDetails);
        file.setValue(StatusFilterKey, layout.statusFilter);
    });
}

QString SettingsStore::lastOpenDir() const
{
    return m_file.value(LastOpenDirKey, QDir::homePath()).toString();
}

void SettingsStore::setLastOpenDir(const QString &dir)
{
    write([&dir](QSettings &file) { file.setValue(LastOpenDirKey, dir); });
}

QStringList SettingsStore::recentSavePaths() const
{
    return m_file.value(RecentSavePathsKey).toStringList();
}

QString SettingsStore::lastSavePath() const
{
    return m_file.value(LastSavePathKey).toString();
}

void SettingsStore::rememberSavePath(const QString &path)
{
    QStringList recent = recentSavePaths();
    recent.removeAll(path);
    recent.prepend(path);
    write([&recent, &path](QSettings &file) {
        file.setValue(RecentSavePathsKey, QStringList(recent.mid(0, RecentSavePaths)));
        file.setValue(LastSavePathKey, path);
    });
}

} // namespace Revaer
