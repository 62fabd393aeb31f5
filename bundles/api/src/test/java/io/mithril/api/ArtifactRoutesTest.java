package io.mithril.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.api.testing.DevnetFixture;
import io.mithril.api.testing.JsonAssertions;
import io.mithril.spi.signedentity.StoredArtifact;
import io.mithril.store.AggregatorStore;
import io.mithril.store.SignedEntityRecord;
import io.mithril.store.SignedEntityTypes;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The artifact list and details the plugins serve, on the reference's devnet artifacts. */
class ArtifactRoutesTest {
    private static final String MSD = "MithrilStakeDistribution";
    private static final String CSD = "CardanoStakeDistribution";
    /** What the plugins' messages take from the row: the artifact hash, its certificate and creation time. */
    private static final Function<StoredArtifact, List<String>> ROW_FIELDS = row -> List.of(row.hash(),
            row.certificateHash(), row.createdAt().toString());
    @TempDir
    static Path directory;
    private static AggregatorStore store;

    @BeforeAll
    static void load() {
        store = DevnetFixture.openLoaded(directory);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyArtifactIsServedByHashWithTheCertificateAndCreationTimeTheReferenceServed() {
        ArtifactRoutes routes = new ArtifactRoutes(store.artifacts(), MSD);
        int served = 0;
        for (JsonNode reference : DevnetFixture.json(DevnetFixture.MSD_FILE)) {
            Response response = routes.byHash(reference.get("hash").asText(), ROW_FIELDS);

            assertEquals(200, response.getStatus());
            assertEquals("application/json", response.getMediaType().toString());
            assertRowFields(reference, body(response));
            served++;
        }
        assertEquals(9, served);
    }

    @Test
    void byBeaconEpochServesTheArtifactOfThatEpoch() {
        ArtifactRoutes routes = new ArtifactRoutes(store.artifacts(), CSD);
        for (JsonNode reference : DevnetFixture.json(DevnetFixture.CSD_FILE)) {
            Response response = routes.byBeaconEpoch(reference.get("epoch").asLong(), ROW_FIELDS);

            assertEquals(200, response.getStatus());
            assertRowFields(reference, body(response));
        }
    }

    @Test
    void theListIsTheReferenceListOfTheType() {
        JsonNode list = body(new ArtifactRoutes(store.artifacts(), MSD).latest(ROW_FIELDS));
        JsonNode reference = DevnetFixture.json("mithril-stake-distributions-list.json");

        assertEquals(reference.size(), list.size());
        for (int i = 0; i < reference.size(); i++) {
            assertRowFields(reference.get(i), list.get(i));
        }
    }

    @Test
    void theListHoldsTheNewestTwentyNewestFirst(@TempDir Path other) {
        try (AggregatorStore many = DevnetFixture.openLoaded(other)) {
            String certificate = DevnetFixture.json("certificates-list.json").get(0).get("hash").asText();
            for (int epoch = 100; epoch < 125; epoch++) {
                many.signedEntities().insert(new SignedEntityRecord("synthetic-" + epoch,
                        SignedEntityTypes.MITHRIL_STAKE_DISTRIBUTION, certificate, Integer.toString(epoch), "{}",
                        Instant.parse("2030-01-01T00:00:00Z").plusSeconds(epoch)));
            }
            JsonNode list = body(new ArtifactRoutes(many.artifacts(), MSD).latest(StoredArtifact::beaconJson));

            assertEquals(ArtifactRoutes.LIST_MAX_ITEMS, list.size());
            assertEquals("124", list.get(0).asText());
            assertEquals("105", list.get(19).asText());
        }
    }

    @Test
    void anUnknownArtifactIsAnEmpty404() {
        String csdHash = DevnetFixture.json(DevnetFixture.CSD_FILE).elements().next().get("hash").asText();
        ArtifactRoutes msd = new ArtifactRoutes(store.artifacts(), MSD);

        for (Response response : List.of(msd.byHash("00".repeat(32), ROW_FIELDS), msd.byHash(csdHash, ROW_FIELDS),
                msd.byBeaconEpoch(3, ROW_FIELDS))) {
            assertEquals(404, response.getStatus());
            assertNull(response.getEntity());
        }
    }

    private static void assertRowFields(JsonNode reference, JsonNode served) {
        String epoch = "epoch " + reference.get("epoch");
        assertEquals(reference.get("hash").asText(), served.get(0).asText(), epoch);
        assertEquals(reference.get("certificate_hash").asText(), served.get(1).asText(), epoch);
        assertEquals(Instant.parse(reference.get("created_at").asText()), Instant.parse(served.get(2).asText()),
                epoch);
    }

    private static JsonNode body(Response response) {
        return JsonAssertions.parse((String) response.getEntity());
    }
}
