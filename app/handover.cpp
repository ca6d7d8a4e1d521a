#include "handover.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

namespace Revaer::HandOver {

namespace {

constexpr char Magic[4] = {'R', 'V', 'H', 'O'};

} // namespace

QByteArray encode(const QStringList &sources)
{
    const QByteArray body = QJsonDocument(QJsonArray::fromStringList(sources)).toJson(QJsonDocument::Compact);
    QByteArray message(Magic, sizeof Magic);
    char length[4];
    qToBigEndian(quint32(body.size()), length);
    message.append(length, sizeof length);
    message.append(body);
    return message;
}

Decoded decode(const QByteArray &received, QStringList *sources, QString *error)
{
    // Whatever is there of the magic must match: garbage is refused at once.
    const qsizetype magicPart = std::min<qsizetype>(received.size(), sizeof Magic);
    if (QByteArrayView(received).first(magicPart) != QByteArrayView(Magic, magicPart)) {
        *error = QStringLiteral("not a Revaer hand-over message");
        return Decoded::Invalid;
    }
    if (received.size() < HeaderSize)
        return Decoded::NeedMore;
    const quint32 length = qFromBigEndian<quint32>(received.constData() + sizeof Magic);
    if (length > MaxMessageSize - HeaderSize) {
        *error = QStringLiteral("a message of %1 bytes is over the limit of %2").arg(length).arg(MaxMessageSize);
        return Decoded::Invalid;
    }
    if (received.size() < HeaderSize + qint64(length))
        return Decoded::NeedMore;
    if (received.size() > HeaderSize + qint64(length)) {
        *error = QStringLiteral("bytes after the message");
        return Decoded::Invalid;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(received.mid(HeaderSize), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = QStringLiteral("the message is not a list of sources");
        return Decoded::Invalid;
    }
    QStringList result;
    const QJsonArray array = document.array();
    result.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isString()) {
            *error = QStringLiteral("the message is not a list of sources");
            return Decoded::Invalid;
        }
        result.append(value.toString());
    }
    *sources = std::move(result);
    return Decoded::Complete;
}

} // namespace Revaer::HandOver
