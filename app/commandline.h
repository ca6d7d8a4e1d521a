#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace Revaer {

// The command line, shared by the window and headless mode.
struct CommandLine {
    bool showHelp = false;
    bool showVersion = false;
    bool headless = false;
    QString profileDir;
    QString savePath;
    std::optional<int> listenPort;
    bool exitWhenDone = false;
    bool stats = false;
    QStringList peers;
    std::optional<int> downloadLimitKiB;
    std::optional<int> uploadLimitKiB;
    QStringList sources;
    QString error; // set when the command line cannot be used

    // Parses `arguments` (argv, program name first).
    static CommandLine parse(const QStringList &arguments);
    static QString helpText();
};

} // namespace Revaer
