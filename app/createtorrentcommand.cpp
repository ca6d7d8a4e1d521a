#include "createtorrentcommand.h"

#include "backend/torrentcreator.h"
#include "safefile.h"
#include "units.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace Revaer {

int createTorrentFromCommandLine(const CommandLine::Create &create, QTextStream &out, QTextStream &err)
{
    const QString output = QFileInfo(create.output).absoluteFilePath();
    // The user's file is never replaced: hashing gigabytes to then lose an older torrent is no help.
    if (QFileInfo::exists(output) || QFileInfo(output).isSymLink()) {
        err << "revaer: " << QDir::toNativeSeparators(output) << " already exists: give another --output, or remove it first."
            << Qt::endl;
        return 2;
    }
    TorrentCreator::Options options;
    options.contentPath = create.path;
    options.trackerTiers = create.trackerTiers;
    options.webSeeds = create.webSeeds;
    options.isPrivate = create.isPrivate;
    options.comment = create.comment;
    options.source = create.source;
    options.pieceSize = create.pieceSizeKiB * 1024;
    options.format = create.format == CommandLine::TorrentFormat::V2 ? TorrentCreator::Format::V2
        : create.format == CommandLine::TorrentFormat::Hybrid        ? TorrentCreator::Format::Hybrid
                                                                     : TorrentCreator::Format::V1;
    QElapsedTimer sinceLine;
    sinceLine.start();
    options.progress = [&](int done, int total) {
        if (sinceLine.elapsed() >= 1000 || done == total) {
            sinceLine.restart();
            out << "hashing: " << done << " of " << total << " pieces" << Qt::endl;
        }
        return true;
    };
    const TorrentCreator::Result result = TorrentCreator::create(options);
    if (!result.ok()) {
        err << "revaer: " << result.error << Qt::endl;
        return 2;
    }
    if (const QString error = SafeFile::write(output, result.torrent, *FileOps::system()); !error.isEmpty()) {
        err << "revaer: " << error << Qt::endl;
        return 2;
    }
    out << "created " << QDir::toNativeSeparators(output) << " (" << Units::formatBytes(result.torrent.size(), QLocale::c())
        << "), info-hash " << result.id.toString() << Qt::endl
        << result.magnetUri << Qt::endl;
    return 0;
}

} // namespace Revaer
