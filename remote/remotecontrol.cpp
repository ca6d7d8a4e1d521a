#include "remotecontrol.h"

#include "rpcserver.h"
#include "settingsstore.h"
#include "torrentmirror.h"
#include "transmissionrpc.h"

#include <QFileInfo>

namespace Revaer {

RemoteControl::RemoteControl(TorrentEngine *engine, SettingsStore *settings, QObject *parent)
    : QObject(parent)
    , m_mirror(new TorrentMirror(engine, this))
    , m_rpc(new TransmissionRpc(engine, m_mirror, settings, this))
{
    if (settings)
        m_rpc->setConfigDir(QFileInfo(settings->path()).absolutePath());
    connect(m_rpc, &TransmissionRpc::closeRequested, this, &RemoteControl::closeRequested);
}

RemoteControl::~RemoteControl() = default;

bool RemoteControl::start(const RpcConfig &config, QString *error)
{
    stop();
    auto server = std::make_unique<RpcServer>(config, m_rpc, this);
    if (!server->start(error))
        return false;
    m_server = server.release();
    return true;
}

void RemoteControl::stop()
{
    delete m_server;
    m_server = nullptr;
}

} // namespace Revaer
