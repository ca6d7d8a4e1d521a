// What both platform files share (platform.h).
#include "platform.h"

#include <QCoreApplication>

#include <algorithm>

namespace Revaer::Platform {

ReadStatus readBounded(qint64 size, qint64 maxBytes, const ReadSome &readSome, QByteArray *data, QString *why)
{
    auto unusable = [why](const QString &text) {
        *why = text;
        return ReadStatus::Unusable;
    };
    auto grewPast = [&] {
        return unusable(
            QCoreApplication::translate("Revaer::SafeFile", "it grew past the %1 bytes allowed while it was read").arg(maxBytes));
    };
    if (size > maxBytes)
        return unusable(QCoreApplication::translate("Revaer::SafeFile", "at %1 bytes it is larger than the %2 bytes allowed")
                            .arg(size)
                            .arg(maxBytes));
    // One byte over the size: the end is seen without a second read.
    QByteArray buffer;
    buffer.resize(qsizetype(std::min<qint64>(size, maxBytes)) + 1);
    qint64 done = 0;
    for (;;) {
        if (done == buffer.size()) {
            if (done > maxBytes)
                return grewPast();
            buffer.resize(qsizetype(std::min<qint64>(maxBytes + 1, qint64(buffer.size()) * 2)));
        }
        const qint64 n = readSome(buffer.data() + done, buffer.size() - done);
        if (n < 0)
            return ReadStatus::Unusable;
        if (n == 0)
            break;
        done += n;
    }
    if (done > maxBytes)
        return grewPast();
    buffer.resize(qsizetype(done));
    *data = std::move(buffer);
    return ReadStatus::Ok;
}

} // namespace Revaer::Platform
