package io.mithril.core.internal.follower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.mithril.core.internal.certifier.ChainVerifiers;
import io.mithril.core.internal.fixtures.DevnetFixtures;
import io.mithril.core.internal.fixtures.TestAggregator;
import io.mithril.core.internal.store.Repositories;
import io.mithril.domain.chain.CertificateVerificationError;
import io.mithril.domain.chain.CertificateVerificationException;
import io.mithril.domain.message.EpochSettingsMessage;
import io.mithril.store.AggregatorStore;
import io.mithril.store.CertificateRecord;
import io.mithril.store.StoreSettings;
import io.mithril.store.Stores;

/**
 * The follower's chain synchronisation over HTTP from a leader serving the Rust reference's devnet chain (43
 * certificates, genesis signed with the deterministic test key): the leader client's requests, the verified walk, what
 * is stored, and the refusals.
 */
class LeaderChainSyncHttpTest {
    private static final JsonNode CERTIFICATES = DevnetFixtures.load("certificates.json");
    private static final JsonNode LIST = DevnetFixtures.load("certificates-list.json");

    @TempDir
    Path directory;

    private final Map<String, String> routes = new ConcurrentHashMap<>();
    private final List<String> apiVersions = new ArrayList<>();
    private final AtomicInteger listRequests = new AtomicInteger();
    private HttpServer server;
    private AggregatorStore store;
    private Repositories repositories;
    private HttpLeaderClient client;

    @BeforeEach
    void serveTheReferenceChain() throws IOException {
        CERTIFICATES.fields().forEachRemaining(e -> routes.put("/aggregator/certificate/" + e.getKey(),
                e.getValue().toString()));
        routes.put("/aggregator/certificate/genesis", genesis().toString());
        routes.put("/aggregator/certificates", LIST.toString());
        routes.put("/aggregator/epoch-settings", DevnetFixtures.load("epoch-settings.json").toString());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
        client = new HttpLeaderClient("http://127.0.0.1:" + server.getAddress().getPort() + "/aggregator/",
                Duration.ofSeconds(5));
        store = Stores.open(StoreSettings.of(directory));
        repositories = Repositories.of(store);
    }

    @AfterEach
    void stop() {
        server.stop(0);
        store.close();
    }

    @Test
    void storesTheGenesisAndTheFirstCertificateOfEachEpochOfTheLeadersChainAllVerified() throws Exception {
        LeaderChainSync sync = sync();
        String latest = LIST.get(0).get("hash").asText();
        long latestEpoch = LIST.get(0).get("epoch").asLong();

        assertEquals(LeaderChainSync.Outcome.SYNCHRONISED, sync.synchronise(latestEpoch, false));

        List<String> expected = epochFirstAncestors(latest);
        List<CertificateRecord> stored = repositories.certificates().latest(100);
        assertEquals(expected, stored.stream().map(CertificateRecord::certificateId).toList());
        assertEquals(genesis().get("hash").asText(),
                repositories.certificates().latestGenesis().orElseThrow().certificateId());
        for (CertificateRecord record : stored) {
            ChainVerifiers.overStore(repositories.certificates(), genesisKey())
                    .verifyChain(io.mithril.core.internal.store.CertificateRecords.toDomain(record));
        }
        assertTrue(apiVersions.stream().allMatch(HttpLeaderClient.API_VERSION::equals), apiVersions.toString());

        int listed = listRequests.get();
        assertEquals(LeaderChainSync.Outcome.UP_TO_DATE, sync.synchronise(latestEpoch, false),
                "same genesis: nothing to do");
        assertEquals(listed, listRequests.get());
        assertEquals(LeaderChainSync.Outcome.SYNCHRONISED, sync.synchronise(latestEpoch, true), "forced");
        assertEquals(expected.size(), repositories.certificates().count());
    }

    @Test
    void aLeaderCertificateThatDoesNotVerifyStopsTheSynchronisationAndNothingIsStored() throws Exception {
        String latest = LIST.get(0).get("hash").asText();
        String tampered = CERTIFICATES.get(latest).get("previous_hash").asText();
        ObjectNode certificate = CERTIFICATES.get(tampered).deepCopy();
        ((ObjectNode) certificate.get("metadata")).put("sealed_at", "2025-01-01T00:00:00.000000001Z");
        routes.put("/aggregator/certificate/" + tampered, certificate.toString());

        CertificateVerificationException failure = assertThrows(CertificateVerificationException.class,
                () -> sync().synchronise(LIST.get(0).get("epoch").asLong(), false));
        assertEquals(CertificateVerificationError.CERTIFICATE_HASH_UNMATCH, failure.kind());
        assertEquals(0, repositories.certificates().count());
    }

    @Test
    void aLeaderMoreThanOneEpochAwayIsAnEpochGap() throws Exception {
        long latestEpoch = LIST.get(0).get("epoch").asLong();
        assertEquals(LeaderChainSync.Outcome.EPOCH_GAP, sync().synchronise(latestEpoch + 2, false));
        assertEquals(0, repositories.certificates().count());
    }

    @Test
    void readsTheReferenceEpochSettingsAndReportsAnUnreachableLeader() throws Exception {
        EpochSettingsMessage settings = client.epochSettings();
        JsonNode reference = DevnetFixtures.load("epoch-settings.json");
        assertEquals(reference.get("epoch").asLong(), settings.epoch());
        assertEquals(reference.get("next_signers").size(), settings.nextSigners().size());
        assertEquals(reference.get("next_signers").get(0).get("party_id").asText(),
                settings.nextSigners().get(0).partyId());

        assertThrows(LeaderUnavailableException.class, () -> client.protocolConfiguration(24), "404");
        server.stop(0);
        LeaderUnavailableException down = assertThrows(LeaderUnavailableException.class, client::epochSettings);
        assertTrue(down.getMessage().contains("/epoch-settings"), down.getMessage());
    }

    private LeaderChainSync sync() {
        return new LeaderChainSync(client, repositories, ChainVerifiers.genesisVerifier(genesisKey()),
                Clock.systemUTC());
    }

    private static String genesisKey() {
        return TestAggregator.GENESIS_KEY.verificationKey().toJsonHex();
    }

    private static JsonNode genesis() {
        for (JsonNode certificate : CERTIFICATES) {
            if (!certificate.get("genesis_signature").asText().isEmpty()) {
                return certificate;
            }
        }
        throw new AssertionError("no genesis in the reference chain");
    }

    /** Newest first, as the store lists them: the ancestors of {@code hash} whose parent has another epoch. */
    private static List<String> epochFirstAncestors(String hash) {
        List<String> kept = new ArrayList<>();
        Map<String, JsonNode> byHash = new HashMap<>();
        CERTIFICATES.fields().forEachRemaining(e -> byHash.put(e.getKey(), e.getValue()));
        JsonNode current = byHash.get(hash);
        while (current != null) {
            JsonNode parent = byHash.get(current.get("previous_hash").asText());
            if (parent == null || parent.get("epoch").asLong() != current.get("epoch").asLong()) {
                kept.add(current.get("hash").asText());
            }
            current = current.get("genesis_signature").asText().isEmpty() ? parent : null;
        }
        return kept;
    }

    private void answer(HttpExchange exchange) throws IOException {
        synchronized (apiVersions) {
            apiVersions.add(exchange.getRequestHeaders().getFirst("mithril-api-version"));
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/aggregator/certificates")) {
            listRequests.incrementAndGet();
        }
        String body = routes.get(path);
        byte[] bytes = (body == null ? "{\"message\":\"not found\"}" : body).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
