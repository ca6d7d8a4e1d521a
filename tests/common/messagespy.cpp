#include "messagespy.h"

namespace Revaer::Test {

MessageFilter::MessageFilter(TorrentEngine *engine, EngineMessage::Severity severity)
{
    connect(engine, &TorrentEngine::message, this, [this, severity](const EngineMessage &message) {
        if (message.severity == severity)
            Q_EMIT matched(message);
    });
}

} // namespace Revaer::Test
