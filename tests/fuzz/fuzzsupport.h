#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// The libFuzzer entry point every target defines.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace Revaer::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Outside input is bytes; what Revaer reads as text is UTF-8.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A check that must hold for any input: a failure is a finding.
inline void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

} // namespace Revaer::Fuzz
