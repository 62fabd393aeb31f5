package io.mithril.api;

import static io.mithril.api.testing.JsonAssertions.parse;
import static io.mithril.api.testing.OpenApiContract.assertValidResponse;
import static io.mithril.api.testing.OpenApiContract.assertValidSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.mithril.api.internal.SignersResource;
import io.mithril.api.testing.DevnetFixture;
import io.mithril.api.testing.TestEpochs;
import io.mithril.http.testing.RestHarness;
import io.mithril.store.AggregatorStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /signers/registered/{epoch}} and {@code /signers/tickers} on the devnet signers. The reference data has no
 * capture of these routes, so the expected registrations come from the MSD artifacts: MSD(E+1) lists the signers
 * registered during E (stored under E+1), which {@code /signers/registered/E} must return with their stakes.
 */
class SignerRoutesTest {
    @TempDir
    static Path directory;
    private static AggregatorStore store;
    private static RestHarness server;
    private static RestHarness uninformed;

    @BeforeAll
    static void serve() throws Exception {
        store = DevnetFixture.openLoaded(directory);
        server = RestHarness.serving(new SignersResource(store.signerRegistrations(), store.signers(), "devnet",
                new CurrentEpoch(TestEpochs.at(24))));
        uninformed = RestHarness.serving(new SignersResource(store.signerRegistrations(), store.signers(), "devnet",
                new CurrentEpoch(TestEpochs.uninformed())));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        uninformed.close();
        store.close();
    }

    @Test
    void signersRegisteredAtAnEpochAreTheNextMithrilStakeDistribution() throws Exception {
        int checked = 0;
        for (JsonNode msd : DevnetFixture.json(DevnetFixture.MSD_FILE)) {
            long registeredAt = msd.get("epoch").asLong() - 1;
            HttpResponse<String> response = server.get("/aggregator/signers/registered/" + registeredAt);

            assertEquals(200, response.statusCode(), "registered at " + registeredAt);
            JsonNode body = parse(response.body());
            assertEquals(registeredAt, body.get("registered_at").asLong());
            assertEquals(registeredAt + 2, body.get("signing_at").asLong());
            assertEquals(partiesOf(msd), body.get("registrations"));
            assertValidResponse("/signers/registered/{epoch}", 200, response.body());
            checked++;
        }
        assertEquals(9, checked);
    }

    @Test
    void latestIsTheCurrentEpochAndLatestMinusKHasNoOffsetLimit() throws Exception {
        HttpResponse<String> latest = server.get("/aggregator/signers/registered/latest");
        HttpResponse<String> previous = server.get("/aggregator/signers/registered/LATEST-1");
        HttpResponse<String> farBack = server.get("/aggregator/signers/registered/latest-9");

        assertEquals(404, latest.statusCode(), "nothing is stored under 25 in the devnet set");
        assertEquals("", latest.body());
        assertEquals(200, previous.statusCode());
        assertEquals(23, parse(previous.body()).get("registered_at").asLong());
        assertEquals(200, farBack.statusCode(), "latest-9 = 15, whose registrations are stored under 16");
        assertEquals(15, parse(farBack.body()).get("registered_at").asLong());
    }

    @Test
    void anUnparsableEpochIsA400InvalidEpoch() throws Exception {
        for (String epoch : new String[] {"abc", "latest-", "latest+1", "-3"}) {
            HttpResponse<String> response = server.get("/aggregator/signers/registered/" + epoch);
            assertEquals(400, response.statusCode(), epoch);
            assertEquals("invalid_epoch", parse(response.body()).get("label").asText(), epoch);
            assertValidSchema("Error", response.body());
        }
    }

    @Test
    void anEpochWithoutRegistrationsIsAnEmpty404() throws Exception {
        HttpResponse<String> response = server.get("/aggregator/signers/registered/3");

        assertEquals(404, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void latestBeforeTheEpochServiceKnowsAnEpochIsAServerError() throws Exception {
        HttpResponse<String> latest = uninformed.get("/aggregator/signers/registered/latest");
        HttpResponse<String> numeric = uninformed.get("/aggregator/signers/registered/20");

        assertEquals(500, latest.statusCode());
        assertValidSchema("Error", latest.body());
        assertEquals(200, numeric.statusCode(), "a numeric epoch needs no epoch service");
    }

    @Test
    void tickersListEveryKnownSigner() throws Exception {
        HttpResponse<String> response = server.get("/aggregator/signers/tickers");

        assertEquals(200, response.statusCode());
        JsonNode body = parse(response.body());
        assertEquals("devnet", body.get("network").asText());
        assertEquals(2, body.get("signers").size());
        for (JsonNode signer : body.get("signers")) {
            assertEquals(true, signer.get("has_registered").asBoolean());
            assertEquals(false, signer.has("pool_ticker"), "no ticker was imported");
        }
        assertValidResponse("/signers/tickers", 200, response.body());
    }

    private static ArrayNode partiesOf(JsonNode msd) {
        ArrayNode parties = new ObjectMapper().createArrayNode();
        StreamSupport.stream(msd.get("signers").spliterator(), false)
                .sorted(java.util.Comparator.comparing(s -> s.get("party_id").asText()))
                .forEach(s -> parties.addObject().put("party_id", s.get("party_id").asText())
                        .put("stake", s.get("stake").asLong()));
        return parties;
    }
}
