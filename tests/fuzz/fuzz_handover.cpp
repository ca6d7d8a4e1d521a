#include "fuzzsupport.h"

#include "handover.h"

using namespace Revaer;

// What arrives on the hand-over socket, all at once and byte by byte: the
// verdict never depends on how the bytes were split, and a message encoded
// from what was decoded decodes to the same sources.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    QStringList whole;
    QString error;
    const HandOver::Decoded verdict = HandOver::decode(input, &whole, &error);
    Fuzz::require(verdict != HandOver::Decoded::Invalid || !error.isEmpty());

    // Byte by byte, as a slow client would send it: it stops where the whole stops.
    QByteArray received;
    HandOver::Decoded last = HandOver::Decoded::NeedMore;
    for (qsizetype i = 0; i < input.size() && last == HandOver::Decoded::NeedMore; ++i) {
        received.append(input.at(i));
        QStringList sources;
        QString why;
        last = HandOver::decode(received, &sources, &why);
    }
    if (verdict == HandOver::Decoded::Complete) {
        Fuzz::require(last == HandOver::Decoded::Complete);
        QStringList again;
        Fuzz::require(HandOver::decode(HandOver::encode(whole), &again, &error) == HandOver::Decoded::Complete && again == whole);
    }
    return 0;
}
