#include "fuzzsupport.h"

#include "addtorrentrequest.h"
#include "backend/torrentfileparser.h"
#include "resumeloader.h"
#include "units.h"

using namespace Revaer;

// A magnet link, or anything dropped on the window or given on the command
// line: parsed, and a link made again from what was understood must name the
// same torrent.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = Fuzz::text(data, size);
    const AddTorrentRequest request = AddTorrentRequest::fromArgument(input);
    const TorrentFileParser::Result parsed
        = TorrentFileParser::parseMagnet(request.kind == AddTorrentRequest::Kind::Magnet ? request.source : input);
    Fuzz::require(parsed.ok() || !parsed.error.isEmpty());
    Fuzz::require(Units::elided(input).size() <= Units::NameLength);
    if (!parsed.ok())
        return 0;
    StoredTorrent record;
    record.id = parsed.id;
    record.name = parsed.metadata.name;
    record.source = request.source;
    const TorrentFileParser::Result again = TorrentFileParser::parseMagnet(ResumeLoader::magnetFor(record));
    Fuzz::require(again.ok() && again.id == parsed.id);
    return 0;
}
