package io.mithril.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mithril.core.internal.Aggregator;
import io.mithril.core.internal.fixtures.DatabaseTestPlugin;
import io.mithril.core.internal.fixtures.DevnetFixtures;
import io.mithril.core.internal.fixtures.MsdTestPlugin;
import io.mithril.core.internal.fixtures.TestAggregator;
import io.mithril.core.internal.fixtures.TestSigner;
import io.mithril.domain.message.RegisterSignerMessage;
import io.mithril.http.testing.RestHarness;
import io.mithril.metrics.AggregatorMetric;

/**
 * {@code /status}, {@code /epoch-settings}, {@code /protocol-configuration/{epoch}} and {@code /register-signer}
 * through the real HTTP stack (aggregator.md §1.2, §1.3), shapes checked against the reference's answers.
 */
class CoreRoutesHttpTest {
    private static final long STAKE = 3_000_000_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;
    private TestAggregator aggregator;
    private RestHarness server;

    @BeforeEach
    void start() throws Exception {
        aggregator = TestAggregator.start(directory, 10, TestSigner.pools(4, STAKE), new MsdTestPlugin(),
                new DatabaseTestPlugin());
        Aggregator core = aggregator.aggregator();
        server = RestHarness.serving(new StatusResource(core, "0.1.0"), new EpochSettingsResource(core),
                new ProtocolConfigurationResource(core), new RegisterSignerResource(core.signerRegisterer()));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        aggregator.close();
    }

    /** At 12 with a genesis at 11 and every signer registered for 11, 12 and 13. */
    private void readyAt12() throws Exception {
        aggregator.tick();
        aggregator.registerAll();
        aggregator.chain.epoch(11);
        aggregator.tickUntil("blocked-no-genesis", 2);
        aggregator.bootstrapGenesis();
        aggregator.registerAll();
        aggregator.chain.epoch(12);
        aggregator.tickUntil("ready", 2);
        aggregator.registerAll();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void routesThatNeedAnEpochAnswer500Before() throws Exception {
        for (String path : List.of("/aggregator/status", "/aggregator/epoch-settings")) {
            HttpResponse<String> response = server.get(path);
            assertEquals(500, response.statusCode(), path);
            JsonNode body = json(response);
            assertEquals(List.of("message"), fieldNames(body), "server errors carry no label");
        }
    }

    @Test
    void statusHasTheReferenceShapeAndTheEpochServiceValues() throws Exception {
        readyAt12();
        HttpResponse<String> response = server.get("/aggregator/status");
        assertEquals(200, response.statusCode());
        JsonNode status = json(response);
        assertEquals(fieldNames(DevnetFixtures.load("status.json")), fieldNames(status));
        assertEquals(12, status.get("epoch").asLong());
        assertEquals("Conway", status.get("cardano_era").asText());
        assertEquals("devnet", status.get("cardano_network").asText());
        assertEquals("pythagoras", status.get("mithril_era").asText());
        assertEquals("10.5.1", status.get("cardano_node_version").asText());
        assertEquals("0.1.0", status.get("aggregator_node_version").asText());
        assertEquals("{\"k\":40,\"m\":100,\"phi_f\":0.65}", status.get("protocol").toString());
        assertEquals(4, status.get("total_signers").asLong());
        assertEquals(4, status.get("total_next_signers").asLong());
        assertEquals(4 * STAKE, status.get("total_stakes_signers").asLong());
        assertEquals(4, status.get("total_cardano_spo").asLong(), "stakes stored under 11");
        assertEquals(4 * STAKE, status.get("total_cardano_stake").asLong());
        assertTrue(response.headers().firstValue("mithril-api-version").isPresent());
    }

    @Test
    void epochSettingsListsTheCurrentAndNextSigners() throws Exception {
        readyAt12();
        JsonNode settings = json(server.get("/aggregator/epoch-settings"));
        List<String> reference = fieldNames(DevnetFixtures.load("epoch-settings.json"));
        reference.remove("cardano_transactions_signing_config");
        assertEquals(reference, fieldNames(settings), "no CardanoTransactions configuration when it is not signed");
        assertEquals(12, settings.get("epoch").asLong());
        assertEquals(4, settings.get("current_signers").size());
        JsonNode signer = settings.get("next_signers").get(0);
        assertEquals(fieldNames(DevnetFixtures.load("epoch-settings.json").get("next_signers").get(0)),
                fieldNames(signer));
        assertEquals(aggregator.signers.stream().map(TestSigner::partyId).sorted().toList().get(0),
                signer.get("party_id").asText());
        assertEquals(0, signer.get("kes_period").asLong());
    }

    @Test
    void protocolConfigurationReadsTheRowOfExactlyThatEpoch() throws Exception {
        readyAt12();
        HttpResponse<String> response = server.get("/aggregator/protocol-configuration/13");
        assertEquals(200, response.statusCode());
        assertEquals("{\"protocol_parameters\":{\"k\":40,\"m\":100,\"phi_f\":0.65},\"available_signed_entity_types\":"
                + "[\"MithrilStakeDistribution\",\"CardanoDatabase\"]}", response.body());
        HttpResponse<String> missing = server.get("/aggregator/protocol-configuration/99");
        assertEquals(404, missing.statusCode());
        assertEquals("", missing.body());
        assertEquals(404, server.get("/aggregator/protocol-configuration/latest").statusCode(),
                "only a number matches the route");
    }

    @Test
    void registerSignerAnswersAsTheReference() throws Exception {
        TestSigner pool = aggregator.signers.get(0);
        HttpResponse<String> closed = server.postJson("/aggregator/register-signer", body(pool.registration(11)));
        assertEquals(550, closed.statusCode(), "no round before the first epoch tasks");
        assertEquals(List.of("message"), fieldNames(json(closed)));

        aggregator.tick();
        HttpResponse<String> created = server.postJson("/aggregator/register-signer", body(pool.registration(11)),
                "mithril-origin-tag", "CI", "signer-node-version", "0.2.1");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("", created.body());
        assertEquals(1, aggregator.metrics().value(AggregatorMetric.SIGNER_REGISTRATION_TOTAL_SUCCESSFUL, "CI"));

        HttpResponse<String> wrongEpoch = server.postJson("/aggregator/register-signer", body(pool.registration(12)));
        assertEquals(500, wrongEpoch.statusCode());
        assertFalse(json(wrongEpoch).has("label"));

        RegisterSignerMessage good = pool.registration(11);
        HttpResponse<String> undecodable = server.postJson("/aggregator/register-signer",
                body(new RegisterSignerMessage(11, "", "zz", good.verificationKeySignature(),
                        good.operationalCertificate(), 0L)));
        assertEquals(400, undecodable.statusCode());
        assertEquals("Could not decode signer payload", json(undecodable).get("label").asText());

        RegisterSignerMessage foreign = aggregator.signers.get(1).registration(11);
        HttpResponse<String> failed = server.postJson("/aggregator/register-signer",
                body(new RegisterSignerMessage(11, "", good.verificationKey(), foreign.verificationKeySignature(),
                        good.operationalCertificate(), 0L)));
        assertEquals(400, failed.statusCode());
        assertEquals("failed_signer_registration", json(failed).get("label").asText());

        assertEquals(413, server.statusForDeclaredLength("/aggregator/register-signer",
                io.mithril.http.AggregatorHttp.MAX_BODY_BYTES + 1), "over the 256 KiB limit");
        assertEquals(400, server.postJson("/aggregator/register-signer", "{\"epoch\":").statusCode());
    }

    private static String body(RegisterSignerMessage message) throws Exception {
        return JSON.writeValueAsString(message);
    }
}
