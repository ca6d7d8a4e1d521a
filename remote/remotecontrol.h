#pragma once

#include "rpcconfig.h"

#include <QObject>

namespace Revaer {

class RpcServer;
class SettingsStore;
class TorrentEngine;
class TorrentMirror;
class TransmissionRpc;

// Revaer driven from elsewhere: the mirror of the engine's torrents, the
// Transmission RPC over it, and the HTTP server that carries it. Made before
// the engine starts, so the mirror sees every restored torrent.
class RemoteControl : public QObject
{
    Q_OBJECT

public:
    RemoteControl(TorrentEngine *engine, SettingsStore *settings, QObject *parent = nullptr);
    ~RemoteControl() override;

    // Starts serving with `config`; false with `error` saying why not.
    bool start(const RpcConfig &config, QString *error);
    void stop();
    bool isServing() const { return m_server != nullptr; }
    RpcServer *server() const { return m_server; }
    TorrentMirror *mirror() const { return m_mirror; }
    TransmissionRpc *rpc() const { return m_rpc; }

Q_SIGNALS:
    // A remote caller sent session-close.
    void closeRequested();

private:
    TorrentMirror *m_mirror;
    TransmissionRpc *m_rpc;
    RpcServer *m_server = nullptr;
};

} // namespace Revaer
