package io.mithril.devnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mithril.chain.devnet.DevnetChain;
import io.mithril.chain.devnet.DevnetChainObserver;
import io.mithril.chain.devnet.DevnetPools;
import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.devnet.AggregatorClient;
import io.mithril.devnet.ChainObserverView;
import io.mithril.devnet.SignaturePublisher.Outcome;
import io.mithril.devnet.SignerSimulator;
import io.mithril.devnet.SimulatorListener;
import io.mithril.domain.Certificate;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.chain.ArtifactCertificateVerifier;
import io.mithril.domain.chain.CertificateChainVerifier;
import io.mithril.domain.chain.InMemoryCertificateRetriever;
import io.mithril.domain.chain.VerifiedChain;
import io.mithril.domain.message.CardanoStakeDistributionMessage;
import io.mithril.domain.message.CertificateMessage;
import io.mithril.domain.message.MithrilJson;
import io.mithril.domain.message.MithrilStakeDistributionMessage;

/**
 * The devnet for real, in one JVM: the leader runtime over SQLite in a temporary directory, its REST routes on a
 * loopback port, the devnet chain (epochs moved on demand) and five simulated signers talking HTTP. Over four epochs
 * the chain must grow from a genesis to MithrilStakeDistribution and CardanoStakeDistribution certificates that the
 * domain's chain verifier accepts, with artifacts matching their certificates; then a restart on the same directory
 * must carry on.
 */
class DevnetEndToEndTest {
    private static final int SIGNERS = 5;
    private static final Ed25519SigningKey GENESIS_KEY = Ed25519SigningKey.fromChaCha20RngSeed(new byte[32]);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = MithrilJson.newObjectMapper();

    @TempDir
    Path dataDirectory;

    private final ManualClock clock = new ManualClock(System.currentTimeMillis());
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private DevnetChain chain;

    private Map<String, Object> configuration() {
        Map<String, Object> configuration = new HashMap<>();
        configuration.put("network", "devnet");
        configuration.put("run_interval", 50);
        configuration.put("chain_observer_type", "devnet");
        configuration.put("cardano_node_version", "10.5.1");
        configuration.put("protocol_parameters.k", 70);
        configuration.put("protocol_parameters.m", 105);
        configuration.put("protocol_parameters.phi_f", 0.95);
        configuration.put("signed_entity_types", "MithrilStakeDistribution,CardanoStakeDistribution");
        configuration.put("genesis_verification_key", GENESIS_KEY.verificationKey().toJsonHex());
        return configuration;
    }

    private SignerSimulator simulator(EmbeddedAggregator aggregator, DevnetChainObserver observer) {
        return SignerSimulator.devnet(DevnetPools.DEFAULT_SEED, SIGNERS, new ChainObserverView(observer),
                AggregatorClient.of(aggregator.endpoint()), new SimulatorListener() {
                    @Override
                    public void registrationFailed(String partyId, long epoch, String reason) {
                        refusals.add("registration of " + partyId + " for " + epoch + ": " + reason);
                    }

                    @Override
                    public void signaturePublished(SignedEntityType type, String partyId, String message,
                            int indexes, Outcome outcome) {
                        // 5xx while the epoch data is being computed is retried by the simulator: not a refusal
                        if (outcome.status() == io.mithril.devnet.SignaturePublisher.Status.REJECTED) {
                            refusals.add("signature of " + partyId + " for " + type + ": " + outcome);
                        }
                    }
                });
    }

    @Test
    void certificatesFormEpochAfterEpochAndSurviveARestart() throws Exception {
        byte[] genesisHash = new byte[32];
        new SecureRandom().nextBytes(genesisHash);
        chain = new DevnetChain(DevnetChain.genesis(clock.getAsLong(), 1, 30_000, genesisHash), clock);
        DevnetChainObserver observer = new DevnetChainObserver(chain, DevnetPools.distribution(SIGNERS), 100);

        try (EmbeddedAggregator aggregator = EmbeddedAggregator.start(dataDirectory, observer, configuration());
                SignerSimulator signers = simulator(aggregator, observer)) {
            AggregatorClient client = AggregatorClient.of(aggregator.endpoint());
            cycleUntil(signers, () -> registeredFor(client, 2) == SIGNERS, "registrations for epoch 2");
            clock.nextEpoch(chain);
            cycleUntil(signers, () -> registeredFor(client, 3) == SIGNERS, "registrations for epoch 3");
            String genesis = aggregator.genesis().bootstrap(GENESIS_KEY.toJsonHex());
            for (long epoch = 3; epoch <= 5; epoch++) {
                clock.nextEpoch(chain);
                long certified = epoch;
                cycleUntil(signers, () -> hasCertificates(client, certified)
                        && registeredFor(client, certified + 1) == SIGNERS, "MSD and CSD certificates of " + epoch);
            }
            verifyChainAndArtifacts(client, genesis, 7);
            assertNull(aggregator.critical());
        }
        assertTrue(refusals.isEmpty(), refusals.toString());

        // a restart on the same directory (and chain) carries on with the same genesis
        try (EmbeddedAggregator aggregator = EmbeddedAggregator.start(dataDirectory, observer, configuration());
                SignerSimulator signers = simulator(aggregator, observer)) {
            AggregatorClient client = AggregatorClient.of(aggregator.endpoint());
            assertTrue(aggregator.genesis().hasGenesis());
            clock.nextEpoch(chain);
            cycleUntil(signers, () -> hasCertificates(client, 6) && registeredFor(client, 7) == SIGNERS,
                    "MSD and CSD certificates of 6 after a restart");
            verifyChainAndArtifacts(client, null, 9);
        }
        assertTrue(refusals.isEmpty(), refusals.toString());
    }

    /** Runs simulator cycles until the condition holds (bounded). */
    private static void cycleUntil(SignerSimulator signers, BooleanSupplier condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + WAIT + "; last cycle: " + signers.runCycle());
            }
            signers.runCycle();
            Thread.sleep(50);
        }
    }

    /** How many signers the aggregator stored under {@code epoch}: <code>/signers/registered/{epoch−1}</code>. */
    private static int registeredFor(AggregatorClient client, long epoch) {
        try {
            AggregatorClient.Response response = client.get("signers/registered/" + (epoch - 1));
            return response.status() == 200 ? JSON.readTree(response.body()).path("registrations").size() : 0;
        } catch (Exception e) {
            return -1;
        }
    }

    private static boolean hasCertificates(AggregatorClient client, long epoch) {
        try {
            boolean msd = false;
            boolean csd = false;
            for (JsonNode item : client.getJson("certificates")) {
                JsonNode type = item.path("signed_entity_type");
                msd |= type.path("MithrilStakeDistribution").asLong(-1) == epoch && item.path("epoch").asLong() == epoch
                        && !item.path("previous_hash").asText().isEmpty();
                csd |= type.path("CardanoStakeDistribution").asLong(-1) == epoch - 1;
            }
            return msd && csd;
        } catch (Exception e) {
            return false;
        }
    }

    /** Every certificate served verifies down to the genesis; every MSD/CSD artifact matches its certificate. */
    private static void verifyChainAndArtifacts(AggregatorClient client, String genesisHash, int expectedCertificates)
            throws Exception {
        Map<String, Certificate> certificates = new LinkedHashMap<>();
        for (JsonNode item : client.getJson("certificates")) {
            String hash = item.path("hash").asText();
            certificates.put(hash, JSON.treeToValue(client.getJson("certificate/" + hash), CertificateMessage.class)
                    .toDomain());
        }
        assertEquals(expectedCertificates, certificates.size(), certificates.keySet().toString());
        CertificateChainVerifier verifier = CertificateChainVerifier.withReferenceCrypto(
                new InMemoryCertificateRetriever(certificates), GENESIS_KEY.verificationKey().toJsonHex());
        List<String> genesisHashes = new ArrayList<>();
        for (Certificate certificate : certificates.values()) {
            VerifiedChain verified = verifier.verifyChain(certificate);
            genesisHashes.add(verified.genesis().hash());
        }
        assertTrue(genesisHashes.stream().distinct().count() == 1, "one genesis: " + genesisHashes);
        if (genesisHash != null) {
            assertEquals(genesisHash, genesisHashes.get(0));
        }
        ArtifactCertificateVerifier artifacts = ArtifactCertificateVerifier.withReferenceCrypto();
        int verified = 0;
        for (JsonNode item : client.getJson("artifact/mithril-stake-distributions")) {
            MithrilStakeDistributionMessage message = JSON.treeToValue(client.getJson(
                    "artifact/mithril-stake-distribution/" + item.path("hash").asText()),
                    MithrilStakeDistributionMessage.class);
            artifacts.verifyAgainstCertificate(message.toArtifact(), certificates.get(message.certificateHash()));
            verified++;
        }
        for (JsonNode item : client.getJson("artifact/cardano-stake-distributions")) {
            CardanoStakeDistributionMessage message = JSON.treeToValue(client.getJson(
                    "artifact/cardano-stake-distribution/" + item.path("hash").asText()),
                    CardanoStakeDistributionMessage.class);
            artifacts.verifyAgainstCertificate(message.toArtifact(), certificates.get(message.certificateHash()));
            verified++;
        }
        assertEquals(expectedCertificates - 1, verified, "one artifact per standard certificate");
    }
}
