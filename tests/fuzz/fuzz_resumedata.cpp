#include "fuzzsupport.h"

#include "backend/resumedatainspector.h"
#include "resumeloader.h"

using namespace Revaer;

// A .fastresume from the resume folder (damaged by a crash, a disk, a
// person): inspected, and the loader decides, beside a good .json and alone.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const ResumeDataInspector::Info info = ResumeDataInspector::inspect(input);
    Fuzz::require(info.ok() || !info.error.isEmpty());
    const TorrentId id = TorrentId::fromHex(info.infoHashV1.isEmpty() ? QString(40, u'a') : info.infoHashV1);
    StoredTorrent record;
    record.id = id;
    record.name = QStringLiteral("fuzzed");
    record.savePath = QStringLiteral("/nonexistent/fuzz");
    FastResumeStore::Entry entry;
    entry.resumeData = input;
    entry.json = record.toJson();
    const ResumeLoader::Decision withRecord = ResumeLoader::decide(id, entry);
    // A good record is never lost to bad resume data.
    Fuzz::require(withRecord.action != ResumeLoader::Decision::Action::Skip);
    entry.json.reset();
    ResumeLoader::decide(id, entry);
    return 0;
}
