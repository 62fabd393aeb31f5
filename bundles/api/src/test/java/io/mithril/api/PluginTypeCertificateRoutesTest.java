package io.mithril.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mithril.api.internal.CertificateResource;
import io.mithril.api.internal.CertificatesResource;
import io.mithril.api.testing.DevnetFixture;
import io.mithril.domain.Epoch;
import io.mithril.domain.PluginSignedEntityTypes;
import io.mithril.domain.SignedEntityType;
import io.mithril.http.testing.RestHarness;
import io.mithril.store.AggregatorStore;
import io.mithril.store.CertificateRecord;

/**
 * A certificate of a third-party signed entity type (id 1000, with a protocol-message part of its own) is served by
 * the certificate routes once the runtime's plugin types are known.
 */
class PluginTypeCertificateRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HASH = "aa".repeat(32);

    @TempDir
    static Path directory;
    private static AggregatorStore store;
    private static RestHarness server;

    /** What the core registers for the sample plugin: beacon = epoch, certificate JSON = the epoch. */
    private static final PluginSignedEntityTypes SAMPLE = new PluginSignedEntityTypes() {
        @Override
        public Optional<SignedEntityType> fromDatabase(int databaseId, String beaconJson) {
            return databaseId == 1000 ? Optional.of(type(beaconJson)) : Optional.empty();
        }

        @Override
        public Optional<SignedEntityType> fromJson(String typeName, String beaconJson) {
            return "SamplePoolCount".equals(typeName) ? Optional.of(type(beaconJson)) : Optional.empty();
        }
    };

    private static SignedEntityType type(String beaconJson) {
        long epoch = Long.parseLong(beaconJson.trim());
        return new SignedEntityType.PluginType("SamplePoolCount", 1000, Epoch.of(epoch), Epoch.of(epoch),
                beaconJson.trim(), beaconJson.trim(), ByteBuffer.allocate(8).putLong(epoch).array());
    }

    @BeforeAll
    static void serve() throws Exception {
        store = DevnetFixture.openLoaded(directory);
        store.signedEntityTypes().register(1000, "SamplePoolCount");
        CertificateRecord parent = store.certificates().latest(1).get(0);
        ObjectNode message = (ObjectNode) JSON.readTree(parent.protocolMessage());
        ((ObjectNode) message.get("message_parts")).put("sample_pool_count", "7");
        store.certificates().insert(new CertificateRecord(HASH, parent.certificateId(), parent.message(),
                parent.signature(), parent.aggregateVerificationKey(), parent.epoch(), parent.network(), 1000,
                Long.toString(parent.epoch()), parent.protocolVersion(), parent.protocolParameters(),
                JSON.writeValueAsString(message), parent.signers(), parent.initiatedAt(), parent.sealedAt(),
                parent.aggregateVerificationKeySnark(), parent.ancillaryProverData(), parent.ancillaryVerifierData()));
        RequestOrigins origins = (tag, type) -> RequestOrigin.of(tag, type, OriginTagWhitelist.defaults());
        CertificatesResource list = new CertificatesResource(store.certificates());
        CertificateResource detail = new CertificateResource(store.certificates(), origins, null);
        bind(list, SAMPLE);
        bind(detail, SAMPLE);
        server = RestHarness.serving(list, detail);
    }

    private static void bind(Object resource, PluginSignedEntityTypes types) throws Exception {
        var method = resource.getClass().getDeclaredMethod("bindPluginTypes", PluginSignedEntityTypes.class);
        method.setAccessible(true);
        method.invoke(resource, types);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    @Test
    void theDetailAndTheListCarryThePluginTypeAndItsPart() throws Exception {
        HttpResponse<String> detail = server.get("/aggregator/certificate/" + HASH);
        assertEquals(200, detail.statusCode(), detail.body());
        JsonNode certificate = JSON.readTree(detail.body());
        assertEquals(JSON.readTree("{\"SamplePoolCount\":" + certificate.path("epoch").asLong() + "}"),
                certificate.path("signed_entity_type"));
        assertEquals("7", certificate.path("protocol_message").path("message_parts").path("sample_pool_count")
                .asText());

        HttpResponse<String> list = server.get("/aggregator/certificates");
        assertEquals(200, list.statusCode(), list.body());
        JsonNode newest = JSON.readTree(list.body()).get(0);
        assertEquals(HASH, newest.path("hash").asText());
        assertTrue(newest.path("signed_entity_type").has("SamplePoolCount"), newest.toString());
    }
}
