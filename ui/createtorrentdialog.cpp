#include "createtorrentdialog.h"

#include "addtorrentrequest.h"
#include "backend/torrentcreator.h"
#include "safefile.h"
#include "torrentengine.h"
#include "units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace Revaer {

namespace {

// Trackers typed one per line; a blank line starts the next tier.
QList<QStringList> tiersOf(const QString &text)
{
    QList<QStringList> tiers {QStringList()};
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString url = line.trimmed();
        if (url.isEmpty()) {
            if (!tiers.constLast().isEmpty())
                tiers.append(QStringList());
        } else {
            tiers.last().append(url);
        }
    }
    if (tiers.constLast().isEmpty())
        tiers.removeLast();
    return tiers;
}

} // namespace

CreateTorrentDialog::CreateTorrentDialog(TorrentEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_content(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_pieceSize(new QComboBox(this))
    , m_private(new QCheckBox(tr("&Private (no DHT, peer exchange or local discovery: only the trackers)"), this))
    , m_trackers(new QPlainTextEdit(this))
    , m_webSeeds(new QPlainTextEdit(this))
    , m_comment(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_seed(new QCheckBox(tr("&Start seeding it"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_create(new QPushButton(tr("&Create…"), this))
    , m_chooseSave([](QWidget *owner, const QString &title, const QString &start) {
        return QFileDialog::getSaveFileName(owner, title, start, tr("Torrent files (*.torrent)"));
    })
{
    setObjectName(QStringLiteral("createTorrentDialog"));
    setWindowTitle(tr("Create Torrent"));
    m_content->setObjectName(QStringLiteral("content"));
    m_content->setPlaceholderText(tr("a file or a folder"));
    auto *file = new QPushButton(tr("&File…"), this);
    auto *folder = new QPushButton(tr("F&older…"), this);
    connect(file, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("File to Share"), m_content->text());
        if (!chosen.isEmpty())
            setContent(chosen);
    });
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder to Share"), m_content->text());
        if (!chosen.isEmpty())
            setContent(chosen);
    });
    auto *contentRow = new QHBoxLayout;
    contentRow->addWidget(m_content, 1);
    contentRow->addWidget(file);
    contentRow->addWidget(folder);

    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("v1 (every client)"), int(TorrentCreator::Format::V1));
    m_format->addItem(tr("Hybrid v1 + v2"), int(TorrentCreator::Format::Hybrid));
    m_format->addItem(tr("v2 only"), int(TorrentCreator::Format::V2));
    m_format->setToolTip(
        tr("Transmission 3 and older clients read v1 only; hybrid torrents serve v1 and v2 clients in one swarm."));
    m_pieceSize->setObjectName(QStringLiteral("pieceSize"));
    m_pieceSize->addItem(tr("Automatic"), 0);
    for (int kib = 16; kib <= 32 * 1024; kib *= 2)
        m_pieceSize->addItem(Units::formatBytes(qint64(kib) * 1024), kib * 1024);
    m_trackers->setObjectName(QStringLiteral("trackers"));
    m_trackers->setPlaceholderText(tr("One address per line; an empty line starts the next tier."));
    m_trackers->setTabChangesFocus(true);
    m_webSeeds->setObjectName(QStringLiteral("webSeeds"));
    m_webSeeds->setPlaceholderText(tr("Web seeds: one HTTP address per line."));
    m_webSeeds->setTabChangesFocus(true);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setToolTip(tr("Some private trackers ask for it."));
    m_private->setObjectName(QStringLiteral("private"));
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setChecked(true);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_create->setObjectName(QStringLiteral("create"));
    m_create->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Share:"), contentRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Piece size:"), m_pieceSize);
    form->addRow(QString(), m_private);
    form->addRow(tr("Trackers:"), m_trackers);
    form->addRow(tr("Web seeds:"), m_webSeeds);
    form->addRow(tr("Comment:"), m_comment);
    form->addRow(tr("Source:"), m_source);
    form->addRow(QString(), m_seed);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    connect(m_create, &QPushButton::clicked, this, &CreateTorrentDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreateTorrentDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 560);
}

CreateTorrentDialog::~CreateTorrentDialog()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void CreateTorrentDialog::setContent(const QString &path)
{
    m_content->setText(QDir::toNativeSeparators(path));
}

bool CreateTorrentDialog::isHashing() const
{
    return m_thread != nullptr;
}

void CreateTorrentDialog::create()
{
    if (m_thread)
        return;
    const QString content = QDir::cleanPath(QDir::fromNativeSeparators(m_content->text().trimmed()));
    const QFileInfo info(content);
    if (content.isEmpty() || !info.exists()) {
        QMessageBox::warning(
            this, tr("Create Torrent"), tr("Choose a file or a folder to share: “%1” does not exist.").arg(m_content->text()));
        return;
    }
    const QString suggested = info.absolutePath() + QLatin1Char('/') + info.fileName() + QStringLiteral(".torrent");
    const QString output = m_chooseSave(this, tr("Save the Torrent As"), suggested);
    if (output.isEmpty())
        return;
    // QFileDialog asks before replacing; an existing file is still never overwritten here.
    if (QFileInfo::exists(output)) {
        QMessageBox::warning(this, tr("Create Torrent"),
            tr("%1 already exists: choose another name, or remove it first.").arg(QDir::toNativeSeparators(output)));
        return;
    }
    m_output = output;

    TorrentCreator::Options options;
    options.contentPath = info.absoluteFilePath();
    options.format = TorrentCreator::Format(m_format->currentData().toInt());
    options.pieceSize = m_pieceSize->currentData().toInt();
    options.isPrivate = m_private->isChecked();
    options.trackerTiers = tiersOf(m_trackers->toPlainText());
    for (const QString &line : m_webSeeds->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            options.webSeeds.append(line.trimmed());
    }
    options.comment = m_comment->text().trimmed();
    options.source = m_source->text().trimmed();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_done = std::make_shared<std::atomic<int>>(0);
    m_total = std::make_shared<std::atomic<int>>(0);
    options.progress = [cancel = m_cancel, done = m_done, total = m_total](int piecesDone, int pieces) {
        done->store(piecesDone);
        total->store(pieces);
        return !cancel->load();
    };
    auto result = std::make_shared<TorrentCreator::Result>();
    m_thread = QThread::create([options, result] { *result = TorrentCreator::create(options); });
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_create->setEnabled(false);
    m_status->setText(tr("Hashing %1…").arg(QDir::toNativeSeparators(info.fileName())));
    auto *ticker = new QTimer(m_thread);
    ticker->setInterval(100);
    connect(ticker, &QTimer::timeout, this, [this] {
        const int total = m_total->load();
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(m_done->load());
    });
    ticker->start();
    connect(m_thread, &QThread::finished, this, [this, result, content] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_create->setEnabled(true);
        m_progress->setVisible(false);
        if (result->cancelled) {
            m_status->setText(tr("Cancelled: nothing was written."));
            return;
        }
        if (!result->ok()) {
            m_status->setText(result->error);
            return;
        }
        if (const QString error = SafeFile::write(m_output, result->torrent, *FileOps::system()); !error.isEmpty()) {
            m_status->setText(error);
            return;
        }
        if (m_seed->isChecked()) {
            AddTorrentRequest request;
            request.kind = AddTorrentRequest::Kind::TorrentData;
            request.data = result->torrent;
            request.source = m_output;
            request.savePath = QFileInfo(content).absolutePath(); // the files are there: checked, then seeded
            m_engine->addTorrent(request);
        }
        Q_EMIT created(m_output);
        accept();
    });
    m_thread->start();
}

void CreateTorrentDialog::reject()
{
    if (m_thread) {
        // Cancel the hashing first; the dialog stays until it stopped.
        m_cancel->store(true);
        return;
    }
    QDialog::reject();
}

} // namespace Revaer
