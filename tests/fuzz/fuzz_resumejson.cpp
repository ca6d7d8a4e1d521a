#include "fuzzsupport.h"

#include "resumeloader.h"
#include "storedtorrent.h"

using namespace Revaer;

// A resume .json: parsed; what parses writes back and parses to the same
// record; the loader decides with no resume data beside it.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    QString error;
    const std::optional<StoredTorrent> record = StoredTorrent::fromJson(input, &error);
    Fuzz::require(record || !error.isEmpty());
    if (record) {
        QString again;
        const std::optional<StoredTorrent> back = StoredTorrent::fromJson(record->toJson(), &again);
        Fuzz::require(back.has_value());
        Fuzz::require(back->id == record->id && back->name == record->name && back->filePriorities == record->filePriorities);
    }
    const TorrentId id = record ? record->id : TorrentId::fromHex(QString(40, u'b'));
    FastResumeStore::Entry entry;
    entry.json = input;
    const ResumeLoader::Decision decision = ResumeLoader::decide(id, entry);
    for (const ReconciliationEvent &event : decision.events)
        Fuzz::require(!event.message.contains(QStringLiteral("“”")));
    return 0;
}
