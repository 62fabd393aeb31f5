package io.mithril.plugin.msd.internal;

import static io.mithril.api.testing.JsonAssertions.assertSameJson;
import static io.mithril.api.testing.OpenApiContract.assertValidResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.api.OriginTagWhitelist;
import io.mithril.api.RequestOrigin;
import io.mithril.api.RequestOrigins;
import io.mithril.api.testing.DevnetFixture;
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

/** The Mithril stake distribution routes over real HTTP, against what the reference served on the devnet. */
class MithrilStakeDistributionRoutesTest {
    @TempDir
    static Path directory;
    private static AggregatorStore store;
    private static RestHarness server;
    private static final PrometheusMetricsService METRICS = new PrometheusMetricsService();

    @BeforeAll
    static void serve() throws Exception {
        store = DevnetFixture.openLoaded(directory);
        RequestOrigins origins = (tag, type) -> RequestOrigin.of(tag, type, OriginTagWhitelist.defaults());
        server = RestHarness.serving(new MithrilStakeDistributionResources.ListResource(store.artifacts()),
                new MithrilStakeDistributionResources.DetailResource(store.artifacts(), origins, METRICS));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    @Test
    void theListIsTheReferenceOne() throws Exception {
        HttpResponse<String> response = server.get("/aggregator/artifact/mithril-stake-distributions");

        assertEquals(200, response.statusCode());
        assertSameJson(DevnetFixture.json("mithril-stake-distributions-list.json"), response.body(), "list");
        assertValidResponse("/artifact/mithril-stake-distributions", 200, response.body());
    }

    @Test
    void everyDetailIsTheReferenceOne() throws Exception {
        int served = 0;
        for (JsonNode reference : DevnetFixture.json(DevnetFixture.MSD_FILE)) {
            HttpResponse<String> response = server.get("/aggregator/artifact/mithril-stake-distribution/"
                    + reference.get("hash").asText());

            assertEquals(200, response.statusCode());
            assertSameJson(reference, response.body(), "MSD " + reference.get("epoch"));
            assertValidResponse("/artifact/mithril-stake-distribution/{hash}", 200, response.body());
            served++;
        }
        assertEquals(9, served);
    }

    @Test
    void anUnknownHashIsAnEmpty404AndStillCounted() throws Exception {
        AggregatorMetric metric = AggregatorMetric.ARTIFACT_DETAIL_MITHRIL_STAKE_DISTRIBUTION_TOTAL_SERVED;
        long before = METRICS.value(metric, "CI", "WASM");

        HttpResponse<String> response = server.get("/aggregator/artifact/mithril-stake-distribution/unknown",
                "mithril-origin-tag", "CI", "mithril-client-type", "WASM");

        assertEquals(404, response.statusCode());
        assertEquals("", response.body());
        assertEquals(before + 1, METRICS.value(metric, "CI", "WASM"));
    }
}
