#include "safefile.h"

#include "platform/platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace Revaer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Revaer::SafeFile", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

FileOps::~FileOps() = default;

std::shared_ptr<FileOps> FileOps::system()
{
    static const std::shared_ptr<FileOps> real = std::make_shared<FileOps>();
    return real;
}

namespace SafeFile {

QString temporarySuffix()
{
    return QStringLiteral(".revaer-tmp");
}

ReadResult read(const QString &path, qint64 maxBytes)
{
    ReadResult result;
    QString why;
    switch (Platform::readRegularFile(path, maxBytes, &result.data, &why)) {
    case Platform::ReadStatus::Missing:
        break;
    case Platform::ReadStatus::Unusable:
        result.status = ReadResult::Status::Unusable;
        result.error = QStringLiteral("“%1”: %2").arg(native(path), why);
        break;
    case Platform::ReadStatus::Ok:
        result.status = ReadResult::Status::Ok;
        break;
    }
    return result;
}

namespace {

QString temporaryFor(const QString &path)
{
    return path + temporarySuffix() + QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffff, 36);
}

QString cannotWrite(const QString &path, const QString &why)
{
    return tr("Cannot write “%1”: %2").arg(native(path), why);
}

} // namespace

QString write(const QString &path, const QByteArray &data, FileOps &ops)
{
    const QString temporary = temporaryFor(path);
    auto failed = [&](const QString &why) { return cannotWrite(path, why); };

    // Every step is checked: Qt 6.4's QSaveFile::commit() renames even when
    // the final flush failed (QTBUG-75077), which turned resume files into
    // empty ones on a full disk.
    FileOps::Handle handle = -1;
    if (ops.createAnonymous(path, &handle).isEmpty()) {
        // A file with no name until it is complete and synced: nothing to
        // clean up if anything fails, and a new file needs no rename.
        QString error = ops.write(handle, data.constData(), data.size());
        if (error.isEmpty())
            error = ops.sync(handle);
        if (error.isEmpty() && !ops.link(handle, path).isEmpty()) {
            // The name is taken (the usual case: a newer version of the file).
            error = ops.link(handle, temporary);
            if (error.isEmpty()) {
                error = ops.rename(temporary, path);
                if (!error.isEmpty())
                    ops.remove(temporary);
            }
        }
        // Closing cannot undo the link; the data was synced before it.
        ops.close(handle);
        return error.isEmpty() ? QString() : failed(error);
    }

    QString error = ops.create(temporary, &handle);
    if (!error.isEmpty())
        return failed(error);
    error = ops.write(handle, data.constData(), data.size());
    if (error.isEmpty())
        error = ops.sync(handle);
    const QString closeError = ops.close(handle);
    if (error.isEmpty())
        error = closeError;
    if (error.isEmpty())
        error = ops.rename(temporary, path);
    if (!error.isEmpty()) {
        ops.remove(temporary); // the old file, if any, is untouched
        return failed(error);
    }
    return {};
}

QStringList writeTogether(const QString &folder, const QList<QList<FileWrite>> &groups, FileOps &ops)
{
    if (!Platform::syncsWholeFileSystems()) {
        QStringList errors;
        errors.reserve(groups.size());
        for (const QList<FileWrite> &group : groups) {
            QString error;
            for (const FileWrite &file : group) {
                error = write(file.path, file.data, ops);
                if (!error.isEmpty())
                    break;
            }
            errors.append(error);
        }
        return errors;
    }

    QStringList errors(groups.size());
    // 1. Every file in full under a temporary name, no sync yet.
    QList<QStringList> temporaries(groups.size());
    for (qsizetype g = 0; g < groups.size(); ++g) {
        for (const FileWrite &file : groups.at(g)) {
            const QString temporary = temporaryFor(file.path);
            FileOps::Handle handle = -1;
            QString error = ops.create(temporary, &handle);
            if (error.isEmpty()) {
                error = ops.write(handle, file.data.constData(), file.data.size());
                const QString closeError = ops.close(handle);
                if (error.isEmpty())
                    error = closeError;
                if (!error.isEmpty())
                    ops.remove(temporary);
            }
            if (!error.isEmpty()) {
                errors[g] = cannotWrite(file.path, error);
                break;
            }
            temporaries[g].append(temporary);
        }
    }
    // 2. One sync for all of them: their data is on the disk before any
    //    takes the place of an old file.
    const QString syncError = ops.syncFileSystem(folder);
    // 3. The renames, a group's files in order; the rest of a group stops at
    //    its first failure.
    for (qsizetype g = 0; g < groups.size(); ++g) {
        if (errors.at(g).isEmpty() && !syncError.isEmpty())
            errors[g] = tr("Cannot sync the disk holding “%1”: %2").arg(native(folder), syncError);
        const QStringList &written = temporaries.at(g);
        for (qsizetype i = 0; i < written.size(); ++i) {
            if (errors.at(g).isEmpty()) {
                const QString &path = groups.at(g).at(i).path;
                const QString error = ops.rename(written.at(i), path);
                if (error.isEmpty())
                    continue;
                errors[g] = cannotWrite(path, error);
            }
            ops.remove(written.at(i)); // the old file, if any, is untouched
        }
    }
    return errors;
}

namespace {

QString makeFolders(const QString &path, Platform::Access access)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    const QFileInfo info(clean);
    if (info.isDir())
        return {};
    if (info.exists() || info.isSymLink())
        return tr("“%1” is a file, not a folder").arg(native(clean));
    const QString parent = info.absolutePath();
    if (parent != clean) {
        const QString error = makeFolders(parent, access);
        if (!error.isEmpty())
            return error;
    }
    const QString error = Platform::makeFolder(clean, access);
    if (!error.isEmpty())
        return tr("cannot create the folder “%1”: %2").arg(native(clean), error);
    return {};
}

} // namespace

QString makePrivateDirectory(const QString &path)
{
    return makeFolders(path, Platform::Access::Private);
}

QString makeDirectory(const QString &path)
{
    // 0777 less the user's umask, as any program's folders.
    return makeFolders(path, Platform::Access::Shared);
}

void makePrivate(const QString &path)
{
    Platform::makePrivate(path);
}

} // namespace SafeFile

} // namespace Revaer
