#include "ltsettings.h"

#include "ltconvert.h"
#include "revaer_version.h"

#include <libtorrent/address.hpp>
#include <libtorrent/alert.hpp>
#include <libtorrent/fingerprint.hpp>
#include <libtorrent/session.hpp>
#include <libtorrent/version.hpp>

#include <limits>

namespace Revaer::Lt {

// Every choice that differs from libtorrent's defaults is explained here.
lt::settings_pack settingsPack(const SessionSettings &s)
{
    using sp = lt::settings_pack;
    lt::settings_pack p;

    p.set_str(sp::listen_interfaces, Lt::toStdString(s.listenInterfaces));
    p.set_str(sp::outgoing_interfaces, Lt::toStdString(s.outgoingInterface));
    // A taken port is reported (health names it) rather than silently
    // replaced by a random one that the user's port forwarding does not cover.
    p.set_bool(sp::listen_system_port_fallback, false);
    p.set_int(sp::max_retry_port_bind, 0);
    p.set_bool(sp::enable_dht, s.enableDht);
    p.set_bool(sp::enable_lsd, s.enableLsd);
    p.set_bool(sp::enable_upnp, s.enableUpnp);
    p.set_bool(sp::enable_natpmp, s.enableNatPmp);

    p.set_str(sp::user_agent, "Revaer/" REVAER_VERSION_STRING " libtorrent/" LIBTORRENT_VERSION);
    p.set_str(sp::peer_fingerprint, lt::generate_fingerprint("RV", 0, 1, 0, 0));

    // Alerts the engine translates; nothing per-peer or per-block.
    p.set_int(sp::alert_mask,
        lt::alert_category::status | lt::alert_category::error | lt::alert_category::storage
            | lt::alert_category::performance_warning | lt::alert_category::tracker);
    // The default queue (2000) dropped 7,025 of 10,000 add alerts here. The
    // queue only grows when alerts arrive faster than the worker drains them.
    p.set_int(sp::alert_queue_size, 1 << 20);

    // Transports: TCP first (see SessionSettings::preferTcp); incoming uTP
    // stays on so peers behind NATs that only speak uTP still reach us.
    p.set_bool(sp::enable_outgoing_utp, !s.preferTcp);
    p.set_bool(sp::enable_incoming_utp, true);
    p.set_bool(sp::enable_outgoing_tcp, true);
    p.set_bool(sp::enable_incoming_tcp, true);

    switch (s.encryption) {
    case EncryptionMode::Prefer:
        p.set_int(sp::out_enc_policy, sp::pe_enabled);
        p.set_int(sp::in_enc_policy, sp::pe_enabled);
        break;
    case EncryptionMode::Require:
        p.set_int(sp::out_enc_policy, sp::pe_forced);
        p.set_int(sp::in_enc_policy, sp::pe_forced);
        break;
    case EncryptionMode::Disable:
        p.set_int(sp::out_enc_policy, sp::pe_disabled);
        p.set_int(sp::in_enc_policy, sp::pe_disabled);
        break;
    }
    p.set_int(sp::allowed_enc_level, sp::pe_both);

    p.set_int(sp::download_rate_limit, s.effectiveLimits().downloadLimit);
    p.set_int(sp::upload_rate_limit, s.effectiveLimits().uploadLimit);

    p.set_int(sp::connections_limit, s.connectionsLimit);
    p.set_int(sp::active_downloads, s.maxActiveDownloads);
    p.set_int(sp::active_seeds, s.maxActiveSeeds);
    p.set_int(sp::active_limit, s.maxActiveTorrents);
    p.set_int(sp::active_checking, s.maxActiveChecking);
    // Announce to every tracker of a torrent, as users expect from a desktop client.
    p.set_bool(sp::announce_to_all_trackers, true);
    p.set_bool(sp::announce_to_all_tiers, true);

    // Disk: memory-mapped writes drove peak RSS to 2.2 GB for a 2 GiB download
    // here; pwrite with no mapping kept it at 0.13 GB at the same speed.
    p.set_int(sp::disk_write_mode, sp::always_pwrite);
    p.set_int(sp::mmap_file_size_cutoff, std::numeric_limits<int>::max());
    // Let peers fill the disk queue further before their sockets are throttled.
    p.set_int(sp::max_queued_disk_bytes, 32 * 1024 * 1024);
    p.set_int(sp::aio_threads, 4);
    p.set_int(sp::hashing_threads, 2);
    // Faster checking of existing data, at 8 MiB of buffers.
    p.set_int(sp::checking_mem_usage, 512);

    // Upload: a larger send buffer keeps fast peers saturated.
    p.set_int(sp::send_buffer_low_watermark, 1024 * 1024);
    p.set_int(sp::send_buffer_watermark, 8 * 1024 * 1024);
    p.set_int(sp::send_buffer_watermark_factor, 150);
    // Keep more block requests in flight to a fast peer: at the default (500)
    // libtorrent reported "max outstanding piece requests reached" on loopback.
    p.set_int(sp::max_out_request_queue, 1500);
    p.set_int(sp::max_allowed_in_request_queue, 2000);
    // Connect to new peers sooner.
    p.set_int(sp::connection_speed, 100);
    p.set_int(sp::torrent_connect_boost, 30);
    p.set_int(sp::min_reconnect_time, s.reconnectSeconds);

    p.set_int(sp::stop_tracker_timeout, s.stopTrackerTimeoutSeconds);
    return p;
}

lt::settings_pack limiterPrecision(bool capped)
{
    lt::settings_pack p;
    // Quota is handed out every tick; a request queue of one second instead
    // of three keeps the sender from running far ahead of the cap.
    p.set_int(lt::settings_pack::tick_interval, capped ? 100 : 500);
    p.set_int(lt::settings_pack::request_queue_time, capped ? 1 : 3);
    return p;
}

lt::ip_filter peerClassFilter(bool limitLocalPeers)
{
    // libtorrent puts private and loopback ranges only in its local peer
    // class, which the global caps do not touch. To make caps hold for them,
    // every address joins the global class; local ranges keep the local class too.
    lt::ip_filter filter;
    const auto global = std::uint32_t(1) << static_cast<std::uint32_t>(lt::session::global_peer_class_id);
    const auto local = std::uint32_t(1) << static_cast<std::uint32_t>(lt::session::local_peer_class_id);
    filter.add_rule(lt::make_address("0.0.0.0"), lt::make_address("255.255.255.255"), global);
    filter.add_rule(lt::make_address("::"), lt::make_address("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), global);
    const std::uint32_t localClasses = limitLocalPeers ? (global | local) : local;
    const std::pair<const char *, const char *> localRanges[] = {
        {"10.0.0.0", "10.255.255.255"},
        {"172.16.0.0", "172.31.255.255"},
        {"192.168.0.0", "192.168.255.255"},
        {"169.254.0.0", "169.254.255.255"},
        {"127.0.0.0", "127.255.255.255"},
        {"fe80::", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff"},
        {"fc00::", "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"},
        {"::1", "::1"},
    };
    for (const auto &[first, last] : localRanges)
        filter.add_rule(lt::make_address(first), lt::make_address(last), localClasses);
    return filter;
}

} // namespace Revaer::Lt
