#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

#include <vector>

namespace Revaer {

// Writes compact JSON straight into bytes, keys in the order written: for
// answers too large to build as a QJsonObject first (a torrent-get of every
// field for 10,000 torrents is 15 MiB). Strings are escaped as RFC 8259
// asks and written as UTF-8; numbers as QJsonDocument writes them (whole
// numbers without a fraction, others in their shortest form, NaN and
// infinities as null).
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next value's name, inside an object.
    void key(QStringView name);
    void value(const QJsonValue &value);
    void string(QStringView text);

    // The bytes written so far; the writer starts again empty.
    QByteArray take();

private:
    void next();
    void number(const QJsonValue &value);

    QByteArray m_out;
    std::vector<bool> m_empty; // per open object or array: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace Revaer
