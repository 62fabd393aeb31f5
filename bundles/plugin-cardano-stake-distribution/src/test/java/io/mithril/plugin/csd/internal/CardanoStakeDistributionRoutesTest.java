package io.mithril.plugin.csd.internal;

import static io.mithril.api.testing.JsonAssertions.assertSameJson;
import static io.mithril.api.testing.JsonAssertions.parse;
import static io.mithril.api.testing.OpenApiContract.assertValidResponse;
import static io.mithril.api.testing.OpenApiContract.assertValidSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.api.CurrentEpoch;
import io.mithril.api.OriginTagWhitelist;
import io.mithril.api.RequestOrigin;
import io.mithril.api.RequestOrigins;
import io.mithril.api.testing.DevnetFixture;
import io.mithril.api.testing.TestEpochs;
import io.mithril.http.testing.RestHarness;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.internal.PrometheusMetricsService;
import io.mithril.store.AggregatorStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Cardano stake distribution routes over real HTTP against the reference's devnet answers, with the current
 * epoch at 24 (the devnet status) for {@code latest}.
 */
class CardanoStakeDistributionRoutesTest {
    private static final String DETAIL = "/aggregator/artifact/cardano-stake-distribution/";
    private static final String BY_EPOCH = "/artifact/cardano-stake-distribution/epoch/{epoch}";
    @TempDir
    static Path directory;
    private static AggregatorStore store;
    private static RestHarness server;
    private static final PrometheusMetricsService METRICS = new PrometheusMetricsService();

    @BeforeAll
    static void serve() throws Exception {
        store = DevnetFixture.openLoaded(directory);
        RequestOrigins origins = (tag, type) -> RequestOrigin.of(tag, type, OriginTagWhitelist.defaults());
        server = RestHarness.serving(new CardanoStakeDistributionResources.ListResource(store.artifacts()),
                new CardanoStakeDistributionResources.DetailResource(store.artifacts(), origins, METRICS,
                        new CurrentEpoch(TestEpochs.at(24))));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    @Test
    void theListIsTheReferenceOne() throws Exception {
        HttpResponse<String> response = server.get("/aggregator/artifact/cardano-stake-distributions");

        assertEquals(200, response.statusCode());
        assertSameJson(DevnetFixture.json("cardano-stake-distributions-list.json"), response.body(), "list");
        assertValidResponse("/artifact/cardano-stake-distributions", 200, response.body());
    }

    @Test
    void everyDetailIsTheReferenceOneByHashAndByEpoch() throws Exception {
        int served = 0;
        for (JsonNode reference : DevnetFixture.json(DevnetFixture.CSD_FILE)) {
            HttpResponse<String> byHash = server.get(DETAIL + reference.get("hash").asText());
            HttpResponse<String> byEpoch = server.get(DETAIL + "epoch/" + reference.get("epoch").asText());

            assertEquals(200, byHash.statusCode());
            assertSameJson(reference, byHash.body(), "CSD " + reference.get("epoch"));
            assertValidResponse("/artifact/cardano-stake-distribution/{hash}", 200, byHash.body());
            assertEquals(200, byEpoch.statusCode());
            assertSameJson(reference, byEpoch.body(), "CSD by epoch " + reference.get("epoch"));
            assertValidResponse(BY_EPOCH, 200, byEpoch.body());
            served++;
        }
        assertEquals(9, served);
    }

    @Test
    void latestIsOneEpochFurtherBack() throws Exception {
        assertEquals(23, epochServedFor("latest"), "current epoch 24 → CSD(23)");
        assertEquals(22, epochServedFor("latest-1"));
        assertEquals(18, epochServedFor("Latest-5"));
    }

    @Test
    void anOffsetAboveFiveOrAnUnparsableEpochIsA400() throws Exception {
        for (String epoch : new String[] {"latest-6", "latest-100", "abc", "latest-x"}) {
            HttpResponse<String> response = server.get(DETAIL + "epoch/" + epoch);
            assertEquals(400, response.statusCode(), epoch);
            assertEquals("invalid_epoch", parse(response.body()).get("label").asText());
            assertValidSchema("Error", response.body());
        }
    }

    @Test
    void unknownHashesAndEpochsAreEmpty404s() throws Exception {
        for (String path : new String[] {DETAIL + "00".repeat(32), DETAIL + "epoch/3", DETAIL + "epoch/24"}) {
            HttpResponse<String> response = server.get(path);
            assertEquals(404, response.statusCode(), path);
            assertEquals("", response.body(), path);
        }
    }

    @Test
    void detailsAreCountedByOrigin() throws Exception {
        AggregatorMetric metric = AggregatorMetric.ARTIFACT_DETAIL_CARDANO_STAKE_DISTRIBUTION_TOTAL_SERVED;
        long before = METRICS.value(metric, "BENCHMARK", "LIBRARY");

        server.get(DETAIL + "epoch/latest", "mithril-origin-tag", "BENCHMARK", "mithril-client-type", "LIBRARY");
        server.get(DETAIL + DevnetFixture.json("cardano-stake-distributions-list.json")
                .get(0).get("hash").asText(), "mithril-origin-tag", "BENCHMARK", "mithril-client-type", "LIBRARY");

        assertEquals(before + 2, METRICS.value(metric, "BENCHMARK", "LIBRARY"));
    }

    private static long epochServedFor(String parameter) throws Exception {
        HttpResponse<String> response = server.get(DETAIL + "epoch/" + parameter);
        assertEquals(200, response.statusCode(), parameter);
        assertValidResponse(BY_EPOCH, 200, response.body());
        return parse(response.body()).get("epoch").asLong();
    }
}
