#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

#include <functional>

namespace Revaer {

// Identifies a torrent for its whole life in Revaer: the hex info-hash it was
// first added with (v1 SHA-1 when the torrent has one, otherwise the v2
// SHA-256). It never changes, even when a magnet's metadata later reveals the
// other hash of a hybrid torrent.
class TorrentId
{
public:
    TorrentId() = default;

    // Accepts 40 or 64 hex digits in either case; anything else gives an
    // invalid id.
    static TorrentId fromHex(QStringView hex);

    bool isValid() const { return !m_hex.isEmpty(); }
    const QString &toString() const { return m_hex; }

    friend bool operator==(const TorrentId &a, const TorrentId &b) { return a.m_hex == b.m_hex; }
    friend bool operator!=(const TorrentId &a, const TorrentId &b) { return a.m_hex != b.m_hex; }
    friend bool operator<(const TorrentId &a, const TorrentId &b) { return a.m_hex < b.m_hex; }
    friend size_t qHash(const TorrentId &id, size_t seed = 0) noexcept { return qHash(id.m_hex, seed); }

private:
    QString m_hex;
};

} // namespace Revaer

template<> struct std::hash<Revaer::TorrentId> {
    size_t operator()(const Revaer::TorrentId &id) const noexcept { return qHash(id); }
};

Q_DECLARE_METATYPE(Revaer::TorrentId)
