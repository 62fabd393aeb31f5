package io.mithril.devnet.e2e.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.devnet.AggregatorClient;
import io.mithril.dmq.relay.RelayValidation;
import io.mithril.domain.Certificate;
import io.mithril.domain.chain.CertificateChainVerifier;
import io.mithril.domain.chain.InMemoryCertificateRetriever;

/**
 * A leader and two followers, each with its own runtime, SQLite store and REST routes, a real DMQ relay on a Unix
 * socket, and five simulated signers registering with the leader and publishing through DMQ and HTTP: every
 * follower's chain verifies back to the leader's genesis and its own certificates carry the leader's aggregate
 * verification keys and protocol messages; then the relay and a follower restart.
 */
class MultiAggregatorEndToEndTest {
    @TempDir
    Path directory;

    @Test
    void followersCertifyFromDmqSignaturesWithTheLeadersKeys() throws Exception {
        try (AggregatorNetwork network = new AggregatorNetwork(directory, 2, RelayValidation.FULL)) {
            String genesis = network.bootstrap();
            for (int i = 0; i < 3; i++) {
                network.certifyNextEpoch();
            }
            for (int f = 0; f < 2; f++) {
                assertFollowerChainMatchesLeader(network, f, genesis);
                assertTrue(network.followers.get(f).dmq().valid() > 0, "signatures came through DMQ");
            }
            assertNull(network.leader.critical());
            assertTrue(network.refusals.isEmpty(), network.refusals.toString());
        }
    }

    @Test
    void aRelayRestartAndAFollowerRestartLoseNoCertificateAndDuplicateNone() throws Exception {
        try (AggregatorNetwork network = new AggregatorNetwork(directory, 2, RelayValidation.FULL)) {
            String genesis = network.bootstrap();
            network.certifyNextEpoch();

            network.stopRelay();
            network.startRelay();
            network.certifyNextEpoch();
            for (int f = 0; f < 2; f++) {
                assertTrue(network.followers.get(f).dmq().connections() >= 2, "the consumer reconnected");
            }

            network.restartFollower(1);
            network.certifyNextEpoch();

            for (int f = 0; f < 2; f++) {
                assertFollowerChainMatchesLeader(network, f, genesis);
            }
            assertTrue(network.refusals.isEmpty(), network.refusals.toString());
        }
    }

    /**
     * Every certificate the follower serves verifies back to the leader's genesis, no signed entity is certified twice,
     * and each one the follower sealed itself carries the AVK and protocol message of the leader's for the same type.
     */
    static void assertFollowerChainMatchesLeader(AggregatorNetwork network, int follower, String genesis)
            throws Exception {
        Map<String, Certificate> leaders = ServedChain.certificates(network.leaderClient());
        AggregatorClient client = network.followerClient(follower);
        Map<String, Certificate> own = ServedChain.certificates(client);
        CertificateChainVerifier verifier = CertificateChainVerifier.withReferenceCrypto(
                new InMemoryCertificateRetriever(own), AggregatorNetwork.GENESIS_KEY.verificationKey().toJsonHex());
        List<String> types = ServedChain.signedTypes(client);
        assertEquals(types.size(), types.stream().distinct().count(), "no duplicate certificate: " + types);
        int sealedByFollower = 0;
        for (Certificate certificate : own.values()) {
            assertEquals(genesis, verifier.verifyChain(certificate).genesis().hash());
            if (certificate.isGenesis() || leaders.containsKey(certificate.hash())) {
                continue;
            }
            sealedByFollower++;
            Certificate leader = leaders.values().stream()
                    .filter(l -> !l.isGenesis() && l.signedEntityType().equals(certificate.signedEntityType()))
                    .findFirst().orElseThrow(() -> new AssertionError("leader never certified "
                            + certificate.signedEntityType()));
            assertEquals(leader.aggregateVerificationKey(), certificate.aggregateVerificationKey());
            assertEquals(leader.protocolMessage(), certificate.protocolMessage());
        }
        assertTrue(sealedByFollower > 0, "follower " + follower + " sealed certificates of its own");
    }
}
