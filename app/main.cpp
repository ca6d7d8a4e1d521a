#include "commandline.h"
#include "headlessrunner.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("revaer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVAER_VERSION_STRING));
}

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--headless") == 0)
            return true;
    }
    return false;
}

// Prints help, version or a command-line error; returns the exit code, or -1 to go on.
int handleCommandLine(const Revaer::CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (commandLine.showHelp) {
        out << Revaer::CommandLine::helpText();
        return 0;
    }
    if (commandLine.showVersion) {
        out << "revaer " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (!commandLine.error.isEmpty()) {
        err << "revaer: " << commandLine.error << Qt::endl << "Run “revaer --help” for the options." << Qt::endl;
        return 2;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    setApplicationIdentity();
    if (wantsHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        const Revaer::CommandLine commandLine = Revaer::CommandLine::parse(QCoreApplication::arguments());
        if (const int code = handleCommandLine(commandLine); code >= 0)
            return code;
        Revaer::HeadlessRunner runner(commandLine);
        runner.start();
        return QCoreApplication::exec();
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Revaer"));
    const Revaer::CommandLine commandLine = Revaer::CommandLine::parse(QCoreApplication::arguments());
    if (const int code = handleCommandLine(commandLine); code >= 0)
        return code;
    Revaer::MainWindow window(commandLine.profileDir);
    window.show();
    for (const QString &source : commandLine.sources)
        window.addSource(source);
    return QApplication::exec();
}
