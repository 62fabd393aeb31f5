package io.mithril.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.api.internal.StatisticsResource;
import io.mithril.http.testing.RestHarness;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.internal.PrometheusMetricsService;
import io.mithril.store.AggregatorStore;
import io.mithril.store.EventRecord;
import io.mithril.store.StoreSettings;
import io.mithril.store.Stores;

/** The statistics routes a client calls after restoring a Cardano database, over real HTTP and a real SQLite store. */
class StatisticsRoutesTest {
    @TempDir
    static Path directory;
    private static AggregatorStore store;
    private static RestHarness server;
    private static final PrometheusMetricsService METRICS = new PrometheusMetricsService();

    @BeforeAll
    static void serve() throws Exception {
        store = Stores.open(StoreSettings.of(directory.toString()));
        RequestOrigins origins = (tag, type) -> RequestOrigin.of(tag, type, OriginTagWhitelist.defaults());
        server = RestHarness.serving(new StatisticsResource(origins, METRICS, store.events()));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    private static HttpResponse<String> post(String route, String body, String... headers) throws Exception {
        HttpRequest.Builder request = server.request("/aggregator/statistics/cardano-database/" + route)
                .header("content-type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return server.send(request.build());
    }

    @Test
    void immutableFilesRestoredCountsTheFilesWithTheOrigin() throws Exception {
        long before = METRICS.value(AggregatorMetric.CARDANO_DB_IMMUTABLE_FILES_RESTORED, "CI", "CLI");
        HttpResponse<String> response = post("immutable-files-restored", "{\"nb_immutable_files\":15}",
                "mithril-origin-tag", "CI", "mithril-client-type", "CLI");
        assertEquals(201, response.statusCode());
        assertEquals("", response.body());
        assertEquals(before + 15, METRICS.value(AggregatorMetric.CARDANO_DB_IMMUTABLE_FILES_RESTORED, "CI", "CLI"));
    }

    @Test
    void aBadCountIsRefusedAndCountsNothing() throws Exception {
        long before = METRICS.value(AggregatorMetric.CARDANO_DB_IMMUTABLE_FILES_RESTORED, "NA", "NA");
        for (String body : new String[] {"{\"nb_immutable_files\":-1}", "{\"nb_immutable_files\":\"x\"}", "{}",
            "{\"nb_immutable_files\":1,\"extra\":2}", "[]"}) {
            HttpResponse<String> response = post("immutable-files-restored", body);
            assertEquals(400, response.statusCode(), body);
            assertTrue(response.body().contains("\"label\""), response.body());
        }
        assertEquals(before, METRICS.value(AggregatorMetric.CARDANO_DB_IMMUTABLE_FILES_RESTORED, "NA", "NA"));
    }

    @Test
    void restorationsAreCountedAndCompleteAndPartialOnesRecordedAsEvents() throws Exception {
        assertEquals(201, post("ancillary-files-restored", null, "mithril-origin-tag", "EXPLORER").statusCode());
        assertEquals(201, post("complete-restoration", null, "mithril-client-type", "LIBRARY").statusCode());
        assertEquals(201, post("partial-restoration", null, "mithril-origin-tag", "NOT-WHITELISTED").statusCode());

        assertEquals(1, METRICS.value(AggregatorMetric.CARDANO_DB_ANCILLARY_FILES_RESTORED, "EXPLORER", "NA"));
        assertEquals(1, METRICS.value(AggregatorMetric.CARDANO_DB_COMPLETE_RESTORATION, "NA", "LIBRARY"));
        assertEquals(1, METRICS.value(AggregatorMetric.CARDANO_DB_PARTIAL_RESTORATION, "NA", "NA"));
        var events = store.events().latest(2);
        assertEquals(2, events.size());
        EventRecord partial = events.get(0);
        assertEquals("HTTP::statistics", partial.source());
        assertEquals("cardano_database_restoration", partial.action());
        assertTrue(partial.content().contains("\"content\":\"partial\""), partial.content());
        assertTrue(events.get(1).content().contains("\"content\":\"complete\""), events.get(1).content());
    }
}
