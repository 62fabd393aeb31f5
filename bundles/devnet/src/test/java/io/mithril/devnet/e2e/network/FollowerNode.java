package io.mithril.devnet.e2e.network;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.mithril.devnet.e2e.EmbeddedAggregator;
import io.mithril.ouroboros.dmq.DmqProtocol;
import io.mithril.signature.dmq.DmqConsumerSettings;
import io.mithril.signature.dmq.DmqSignatureSource;
import io.mithril.spi.chain.ChainObserver;

/**
 * A follower aggregator as the reference's end-to-end devnet runs one (aggregator.md §3.6): its own runtime, SQLite
 * store and REST routes on a loopback port, {@code leader_aggregator_endpoint} set to the leader, and a DMQ signature
 * source on the DMQ node's socket, opened on its signature processor as the OSGi wiring does.
 */
final class FollowerNode implements AutoCloseable {
    private final EmbeddedAggregator aggregator;
    private final DmqSignatureSource dmq;

    private FollowerNode(EmbeddedAggregator aggregator, DmqSignatureSource dmq) {
        this.aggregator = aggregator;
        this.dmq = dmq;
    }

    static FollowerNode start(Path directory, ChainObserver chain, Map<String, Object> leaderConfiguration,
            String leaderEndpoint, Path dmqSocket) throws Exception {
        Map<String, Object> configuration = new HashMap<>(leaderConfiguration);
        // a follower takes its protocol parameters from the leader
        configuration.keySet().removeIf(key -> key.startsWith("protocol_parameters"));
        configuration.put("leader_aggregator_endpoint", leaderEndpoint);
        configuration.put("dmq_node_socket_path", dmqSocket.toString());
        EmbeddedAggregator aggregator = EmbeddedAggregator.start(directory, chain, configuration);
        DmqSignatureSource dmq = new DmqSignatureSource(DmqConsumerSettings.of(dmqSocket, DmqProtocol.DEVNET_MAGIC)
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200)), Clock.systemUTC());
        dmq.open(aggregator.aggregator().signatureProcessor());
        return new FollowerNode(aggregator, dmq);
    }

    EmbeddedAggregator aggregator() {
        return aggregator;
    }

    DmqSignatureSource dmq() {
        return dmq;
    }

    @Override
    public void close() throws Exception {
        dmq.close();
        aggregator.close();
    }
}
