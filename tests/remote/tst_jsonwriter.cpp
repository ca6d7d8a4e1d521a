#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Revaer;

// The writer behind torrent-get: what it writes parses back to what it was
// given, and is byte for byte what QJsonDocument writes for the same value.
class TestJsonWriter : public QObject
{
    Q_OBJECT

    static QByteArray written(const QJsonValue &value)
    {
        JsonWriter json;
        json.value(value);
        return json.take();
    }

private Q_SLOTS:
    void stringsAreEscaped()
    {
        QString every;
        for (char16_t c = 0; c < 0x80; ++c)
            every += QChar(c);
        const QStringList texts {every, QStringLiteral("\"quoted\" \\ back/slash"), QStringLiteral("Grüße, 日本, 🎉"),
            QStringLiteral("tab\tnew\nline\r"), QString(), QStringLiteral("a\u2028b")};
        for (const QString &text : texts) {
            const QJsonArray array {text};
            JsonWriter json;
            json.beginArray();
            json.string(text);
            json.endArray();
            const QByteArray out = json.take();
            QCOMPARE(out, QJsonDocument(array).toJson(QJsonDocument::Compact));
            QCOMPARE(QJsonDocument::fromJson(out).array().at(0).toString(), text);
        }
        // A lone surrogate (a file name from a broken .torrent) is not
        // written as invalid UTF-8: it is replaced.
        const QString lone = QStringLiteral("x") + QChar(0xd800) + QStringLiteral("y");
        const QByteArray out = written(QJsonArray {lone});
        QVERIFY(QString::fromUtf8(out).isValidUtf16());
        QVERIFY(!out.contains('\xed')); // no encoded surrogate
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.array().at(0).toString().size(), 3);
    }

    void numbersAreWrittenAsQtWritesThem()
    {
        const QJsonArray numbers {0, -1, 42, qint64(1) << 53, (qint64(1) << 53) + 1, std::numeric_limits<qint64>::max(),
            std::numeric_limits<qint64>::min(), 0.1, -2.5, 1e300, 1.0 / 3, 4.0, 1e-7};
        QCOMPARE(written(numbers), QJsonDocument(numbers).toJson(QJsonDocument::Compact));
        const QJsonArray back = QJsonDocument::fromJson(written(numbers)).array();
        QCOMPARE(back.at(5).toInteger(), std::numeric_limits<qint64>::max());
        QCOMPARE(back.at(9).toDouble(), 1e300);
        // Not numbers in JSON: null, as Qt writes them.
        QCOMPARE(written(QJsonArray {std::nan(""), std::numeric_limits<double>::infinity()}), QByteArray("[null,null]"));
    }

    void objectsAndArraysNest()
    {
        const QJsonObject object {{QStringLiteral("b"), QJsonArray {}}, {QStringLiteral("a"), QJsonObject {}},
            {QStringLiteral("c"), QJsonArray {1, QJsonObject {{QStringLiteral("k"), true}}, QJsonValue::Null, false}},
            {QStringLiteral("d\"e"), QStringLiteral("v")}};
        QCOMPARE(written(object), QJsonDocument(object).toJson(QJsonDocument::Compact));

        // Keys in the order written, commas only between members.
        JsonWriter json;
        json.beginObject();
        json.key(u"z");
        json.value(1);
        json.key(u"a");
        json.beginArray();
        json.beginArray();
        json.endArray();
        json.value(QJsonObject {});
        json.string(u"s");
        json.endArray();
        json.endObject();
        QCOMPARE(json.take(), QByteArray(R"({"z":1,"a":[[],{},"s"]})"));
        json.beginArray(); // starts again empty after take()
        json.endArray();
        QCOMPARE(json.take(), QByteArray("[]"));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
