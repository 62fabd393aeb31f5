package io.mithril.devnet.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.mithril.devnet.AggregatorClient;
import io.mithril.devnet.ChainView;
import io.mithril.devnet.HttpSignaturePublisher;
import io.mithril.devnet.SignaturePublisher;
import io.mithril.devnet.network.DmqSignaturePublishing;
import io.mithril.devnet.network.HttpAndDmqPublishing;
import io.mithril.dmq.relay.DmqRelay;
import io.mithril.dmq.relay.DmqRelaySettings;
import io.mithril.ouroboros.dmq.DmqProtocol;

/**
 * What <code>--dmq</code> and <code>--followers N</code> add around the leader: a DMQ relay on
 * <code>{data dir}/dmq.socket</code> (devnet DMQ magic, full validation, mempool kept in
 * <code>dmq.socket.mempool</code> so that a restarted devnet serves its unexpired messages again) standing for the
 * network's DMQ nodes, and N follower aggregators consuming it. Closing stops the followers, then the relay.
 */
final class DevnetNetwork implements AutoCloseable {
    static final String DMQ_SOCKET = "dmq.socket";

    private final DmqRelay relay;
    private final List<FollowerLaunch> followers;
    private final FollowerFleet fleet;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DevnetNetwork(DmqRelay relay, List<FollowerLaunch> followers, FollowerFleet fleet) {
        this.relay = relay;
        this.followers = followers;
        this.fleet = fleet;
    }

    /** No relay, no followers: signers publish over HTTP only. */
    static DevnetNetwork leaderOnly() {
        return new DevnetNetwork(null, List.of(), null);
    }

    /**
     * @param dataDirectory the devnet's data directory (the parent of the leader's stores)
     * @param home the distribution whose <code>bin/mithril-aggregator serve</code> runs the followers
     */
    static DevnetNetwork start(int followerCount, DevnetSettings leader, Path dataDirectory, Path home,
            Map<String, ?> leaderConfiguration, FollowerFleet.ExitListener onExit) throws IOException {
        Path socket = dataDirectory.resolve(DMQ_SOCKET);
        DmqRelay relay = DmqRelay.start(DmqRelaySettings.of(socket, DmqProtocol.DEVNET_MAGIC)
                .withMempoolFile(DmqRelaySettings.mempoolFileBeside(socket)));
        List<FollowerLaunch> followers = new ArrayList<>();
        for (int i = 1; i <= followerCount; i++) {
            followers.add(FollowerLaunch.of(i, leader, dataDirectory, socket));
        }
        if (followers.isEmpty()) {
            return new DevnetNetwork(relay, followers, null);
        }
        try {
            FollowerFleet fleet = FollowerFleet.start(followers, home, dataDirectory.resolve("stores"),
                    leaderConfiguration, onExit);
            return new DevnetNetwork(relay, List.copyOf(followers), fleet);
        } catch (IOException | RuntimeException e) {
            relay.close();
            throw e;
        }
    }

    /** DMQ then HTTP to the leader when a relay runs, HTTP only otherwise. */
    SignaturePublisher publisher(AggregatorClient leader, ChainView chain) {
        SignaturePublisher http = new HttpSignaturePublisher(leader);
        if (relay == null) {
            return http;
        }
        return new HttpAndDmqPublishing(DmqSignaturePublishing.of(relay.socketPath(), DmqProtocol.DEVNET_MAGIC,
                chain), http);
    }

    Path dmqSocket() {
        return relay == null ? null : relay.socketPath();
    }

    List<FollowerLaunch> followers() {
        return followers;
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        if (fleet != null) {
            fleet.close();
        }
        if (relay != null) {
            relay.close();
        }
    }
}
