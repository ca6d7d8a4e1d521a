#include "fuzzsupport.h"

#include "backend/resumedatainspector.h"
#include "backend/torrentfileparser.h"

using namespace Revaer;

// A .torrent file from anywhere: parsed by libtorrent behind our parser, and
// when it is valid, resume data made from it must read back as its own.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const TorrentFileParser::Result parsed = TorrentFileParser::parseTorrent(input, QStringLiteral("fuzz.torrent"));
    Fuzz::require(parsed.ok() || !parsed.error.isEmpty());
    if (!parsed.ok())
        return 0;
    Fuzz::require(parsed.id.isValid());
    const QByteArray resume = ResumeDataInspector::makeResumeData(input, QStringLiteral("/nonexistent"), true);
    if (resume.isEmpty())
        return 0;
    const ResumeDataInspector::Info info = ResumeDataInspector::inspect(resume);
    Fuzz::require(info.ok() && info.belongsTo(parsed.id));
    return 0;
}
