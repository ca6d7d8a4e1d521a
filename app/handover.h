#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Revaer {

// What a second launch sends to the Revaer already running on its profile:
// "RVHO", the length of the rest as a 32-bit big-endian number, then a JSON
// array of strings (files made absolute, magnet links). The answer is one
// byte: Accepted, or Refused followed by a reason and the connection's end.
namespace HandOver {

constexpr char Accepted = 'A';
constexpr char Refused = 'R';
// More than any number of paths a file manager passes at once; a message
// announcing more is refused before anything of it is read.
constexpr qint64 MaxMessageSize = 4 * 1024 * 1024;
constexpr qint64 HeaderSize = 8;

QByteArray encode(const QStringList &sources);

enum class Decoded : quint8 {
    NeedMore, // not all there yet
    Complete,
    Invalid, // `error` says why; the connection is dropped
};

// Looks at everything received so far on one connection. Cheap to call on
// every arrival: the header is checked first, and the body is parsed once,
// when all of it is there.
Decoded decode(const QByteArray &received, QStringList *sources, QString *error);

} // namespace HandOver

} // namespace Revaer
