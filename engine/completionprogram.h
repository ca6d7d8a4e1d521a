#pragma once

#include "engineevents.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Revaer {

class TorrentEngine;

// The program run when a torrent completes, and its arguments as the user
// wrote them, each with placeholders:
//   %N name   %L category   %G tags (comma-separated)   %F content path
//   %D save folder   %I info-hash   %C number of files   %Z size in bytes   %% a %
// Each argument is expanded on its own and handed to the program as one
// argument, never through a shell: a name with spaces, quotes, `$(...)` or
// `;` stays one harmless argument.
struct CompletionCommand {
    QString program; // empty: none
    QStringList arguments;

    bool isSet() const { return !program.trimmed().isEmpty(); }
    friend bool operator==(const CompletionCommand &a, const CompletionCommand &b)
    {
        return a.program == b.program && a.arguments == b.arguments;
    }
    friend bool operator!=(const CompletionCommand &a, const CompletionCommand &b) { return !(a == b); }
};

// What a finished torrent's program is told.
struct CompletionFacts {
    TorrentId id;
    QString name;
    QString category;
    QStringList tags;
    QString savePath;
    int fileCount = 0;
    qint64 totalSize = 0;
};

namespace CompletionProgram {
QStringList expand(const QStringList &arguments, const CompletionFacts &facts);
} // namespace CompletionProgram

// Follows the engine's events to know each torrent's facts, and starts the
// command (detached: it may outlive Revaer) when one completes in this run.
class CompletionRunner : public QObject
{
    Q_OBJECT

public:
    using Command = std::function<CompletionCommand()>;

    CompletionRunner(TorrentEngine *engine, Command command, QObject *parent = nullptr);

Q_SIGNALS:
    // The program could not be started: names it and the torrent.
    void message(const Revaer::EngineMessage &message);
    // Started, with its process id (tests and the log).
    void started(const Revaer::TorrentId &id, qint64 pid);

private:
    void onCompleted(const TorrentCompletedEvent &event);

    Command m_command;
    QHash<TorrentId, CompletionFacts> m_facts;
};

} // namespace Revaer
