#pragma once

#include "torrentengine.h"

#include <QSignalSpy>

#include <memory>

namespace Revaer::Test {

// Passes on the engine's messages of one severity.
class MessageFilter : public QObject
{
    Q_OBJECT

public:
    MessageFilter(TorrentEngine *engine, EngineMessage::Severity severity);

Q_SIGNALS:
    void matched(const Revaer::EngineMessage &message);
};

namespace Detail {
struct FilterHolder {
    std::unique_ptr<MessageFilter> filter;
};
} // namespace Detail

// A QSignalSpy on the engine's messages of one severity: errors, warnings or
// notices, each as the first argument of a recorded call.
class MessageSpy : private Detail::FilterHolder, public QSignalSpy
{
public:
    MessageSpy(TorrentEngine *engine, EngineMessage::Severity severity)
        : Detail::FilterHolder {std::make_unique<MessageFilter>(engine, severity)}
        , QSignalSpy(filter.get(), &MessageFilter::matched)
    { }
};

} // namespace Revaer::Test
