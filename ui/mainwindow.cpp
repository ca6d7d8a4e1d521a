#include "mainwindow.h"

#include "appsettings.h"
#include "libtorrentengine.h"
#include "profile.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableWidget>

namespace Revaer {

MainWindow::MainWindow(const QString &profileDir, QWidget *parent)
    : QMainWindow(parent)
    , m_table(new QTableWidget(0, 3, this))
{
    const Profile profile = profileDir.isEmpty() ? Profile::standard() : Profile::inDirectory(profileDir);
    EngineConfig base;
    base.defaultSavePath = Profile::standardDownloadsDir();
    base.resumeDir = profile.resumeDir();
    QSettings settings(profile.settingsFile(), QSettings::IniFormat);
    m_engine = std::make_unique<LibtorrentEngine>(AppSettings::load(settings, base).config);

    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Progress"), tr("Status")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_table);
    resize(900, 560);
    m_engine->start();
}

MainWindow::~MainWindow()
{
    m_engine->stop();
}

void MainWindow::addSource(const QString &source)
{
    m_engine->addTorrent(AddTorrentRequest::fromArgument(source));
}

} // namespace Revaer
