#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <utility>

namespace Revaer {

void JsonWriter::next()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_empty.empty()) {
        if (!m_empty.back())
            m_out += ',';
        m_empty.back() = false;
    }
}

void JsonWriter::beginObject()
{
    next();
    m_out += '{';
    m_empty.push_back(true);
}

void JsonWriter::endObject()
{
    m_empty.pop_back();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    next();
    m_out += '[';
    m_empty.push_back(true);
}

void JsonWriter::endArray()
{
    m_empty.pop_back();
    m_out += ']';
}

void JsonWriter::key(QStringView name)
{
    string(name);
    m_out += ':';
    m_afterKey = true;
}

void JsonWriter::string(QStringView text)
{
    next();
    // Lone surrogates become U+FFFD, as in any QString to UTF-8.
    const QByteArray utf8 = text.toUtf8();
    m_out.reserve(m_out.size() + utf8.size() + 2);
    m_out += '"';
    const char *run = utf8.constData();
    const char *end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            m_out.append(escaped, sizeof escaped);
        }
        }
    }
    m_out.append(run, end - run);
    m_out += '"';
}

void JsonWriter::number(const QJsonValue &value)
{
    next();
    const double d = value.toDouble();
    if (!std::isfinite(d)) {
        m_out += "null";
        return;
    }
    // A whole number answers with itself whatever the default.
    const qint64 whole = value.toInteger(0);
    if (whole != 0 || value.toInteger(1) == 0) {
        m_out += QByteArray::number(whole);
        return;
    }
    m_out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        next();
        m_out += "null";
        break;
    case QJsonValue::Bool:
        next();
        m_out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        number(value);
        break;
    case QJsonValue::String:
        string(value.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            this->value(item);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            this->value(it.value());
        }
        endObject();
        break;
    }
    }
}

QByteArray JsonWriter::take()
{
    m_empty.clear();
    m_afterKey = false;
    return std::exchange(m_out, QByteArray());
}

} // namespace Revaer
