#include "completionprogram.h"

#include "logging.h"
#include "torrentengine.h"

#include <QDir>
#include <QProcess>

namespace Revaer {

QStringList CompletionProgram::expand(const QStringList &arguments, const CompletionFacts &facts)
{
    QStringList result;
    result.reserve(arguments.size());
    for (const QString &argument : arguments) {
        QString expanded;
        for (qsizetype i = 0; i < argument.size(); ++i) {
            const QChar c = argument.at(i);
            if (c != QLatin1Char('%') || i + 1 == argument.size()) {
                expanded += c;
                continue;
            }
            const QChar code = argument.at(++i);
            switch (code.unicode()) {
            case 'N':
                expanded += facts.name;
                break;
            case 'L':
                expanded += facts.category;
                break;
            case 'G':
                expanded += facts.tags.join(QLatin1Char(','));
                break;
            case 'F':
                expanded += QDir::toNativeSeparators(facts.savePath + QLatin1Char('/') + facts.name);
                break;
            case 'D':
                expanded += QDir::toNativeSeparators(facts.savePath);
                break;
            case 'I':
                expanded += facts.id.toString();
                break;
            case 'C':
                expanded += QString::number(facts.fileCount);
                break;
            case 'Z':
                expanded += QString::number(facts.totalSize);
                break;
            case '%':
                expanded += QLatin1Char('%');
                break;
            default: // not a placeholder: kept as written
                expanded += c;
                expanded += code;
                break;
            }
        }
        result.append(expanded);
    }
    return result;
}

CompletionRunner::CompletionRunner(TorrentEngine *engine, Command command, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
{
    connect(engine, &TorrentEngine::torrentAdded, this, [this](const TorrentAddedEvent &event) {
        CompletionFacts &facts = m_facts[event.id];
        facts.id = event.id;
        facts.name = event.name;
        facts.savePath = event.savePath;
        facts.category = event.labels.category;
        facts.tags = event.labels.tags;
        if (event.totalSize > 0)
            facts.totalSize = event.totalSize;
    });
    connect(engine, &TorrentEngine::filesDiscovered, this, [this](const FilesDiscoveredEvent &event) {
        CompletionFacts &facts = m_facts[event.id];
        facts.name = event.metadata.name;
        facts.totalSize = event.metadata.totalSize;
        facts.fileCount = int(std::count_if(event.metadata.files.cbegin(), event.metadata.files.cend(),
            [](const TorrentFileEntry &file) { return !file.padFile; }));
    });
    connect(engine, &TorrentEngine::labelsChanged, this, [this](const TorrentId &id, const TorrentLabels &labels) {
        if (const auto it = m_facts.find(id); it != m_facts.end()) {
            it->category = labels.category;
            it->tags = labels.tags;
        }
    });
    connect(engine, &TorrentEngine::storageMoved, this, [this](const TorrentId &id, const QString &savePath) {
        if (const auto it = m_facts.find(id); it != m_facts.end())
            it->savePath = savePath;
    });
    connect(engine, &TorrentEngine::torrentRemoved, this, [this](const TorrentRemovedEvent &event) { m_facts.remove(event.id); });
    connect(engine, &TorrentEngine::completed, this, &CompletionRunner::onCompleted);
}

void CompletionRunner::onCompleted(const TorrentCompletedEvent &event)
{
    const CompletionCommand command = m_command ? m_command() : CompletionCommand();
    if (!command.isSet())
        return;
    CompletionFacts facts = m_facts.value(event.id);
    facts.id = event.id;
    if (!event.name.isEmpty())
        facts.name = event.name;
    if (!event.savePath.isEmpty())
        facts.savePath = event.savePath;
    const QStringList arguments = CompletionProgram::expand(command.arguments, facts);
    qint64 pid = 0;
    // Detached, in the save folder; no shell is involved.
    const QString workingDir = QDir(facts.savePath).exists() ? facts.savePath : QString();
    if (!QProcess::startDetached(command.program.trimmed(), arguments, workingDir, &pid)) {
        Q_EMIT message({event.id, {},
            tr("The program to run on completion, %1, could not be started for “%2”: check that it exists and may be run "
               "(Settings > Downloads).")
                .arg(QDir::toNativeSeparators(command.program), facts.name),
            false, EngineMessage::Severity::Warning});
        return;
    }
    qCInfo(lcEngine).noquote() << "completion program" << command.program << "started for" << facts.name << "pid" << pid;
    Q_EMIT started(event.id, pid);
}

} // namespace Revaer
