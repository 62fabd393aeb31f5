package io.mithril.api;

import static io.mithril.api.testing.JsonAssertions.assertSameJson;
import static io.mithril.api.testing.JsonAssertions.parse;
import static io.mithril.api.testing.OpenApiContract.assertValidResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.api.internal.CertificateResource;
import io.mithril.api.internal.CertificatesResource;
import io.mithril.api.testing.DevnetFixture;
import io.mithril.http.AggregatorHttp;
import io.mithril.http.testing.RestHarness;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.internal.PrometheusMetricsService;
import io.mithril.store.AggregatorStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The certificate routes over real HTTP on the reference's devnet chain: every body equals what the reference served
 * (certificates-list.json, certificates.json), field order included, and is valid for openapi.yaml.
 */
class CertificateRoutesTest {
    private static final String GENESIS = "57c16dc2c25471a1c55d66d944eaa334a32e05f8e267860b43f4ed8d5c3a65ea";
    @TempDir
    static Path directory;
    private static AggregatorStore store;
    private static RestHarness server;
    private static final PrometheusMetricsService METRICS = new PrometheusMetricsService();

    @BeforeAll
    static void serveDevnetChain() throws Exception {
        store = DevnetFixture.openLoaded(directory);
        RequestOrigins origins = (tag, type) -> RequestOrigin.of(tag, type,
                OriginTagWhitelist.withCustomTags(" WALLET ,EXPLORER2"));
        server = RestHarness.serving(new CertificatesResource(store.certificates()),
                new CertificateResource(store.certificates(), origins, METRICS));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    @Test
    void theListIsTheLatestTwentyAsTheReferenceServedThem() throws Exception {
        HttpResponse<String> response = server.get("/aggregator/certificates");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        assertEquals(AggregatorHttp.apiVersion(), response.headers().firstValue("mithril-api-version").orElseThrow());
        assertEquals(20, parse(response.body()).size());
        assertSameJson(DevnetFixture.json("certificates-list.json"), response.body(), "GET /certificates");
        assertValidResponse("/certificates", 200, response.body());
    }

    @Test
    void everyCertificateDetailIsTheReferenceOne() throws Exception {
        JsonNode certificates = DevnetFixture.json("certificates.json");
        int served = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = certificates.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> certificate = it.next();
            HttpResponse<String> response = server.get("/aggregator/certificate/" + certificate.getKey());
            assertEquals(200, response.statusCode());
            assertSameJson(certificate.getValue(), response.body(), certificate.getKey());
            assertValidResponse("/certificate/{certificate_hash}", 200, response.body());
            served++;
        }
        assertEquals(43, served);
    }

    @Test
    void theGenesisRouteServesTheLatestGenesis() throws Exception {
        HttpResponse<String> response = server.get("/aggregator/certificate/genesis");

        assertEquals(200, response.statusCode());
        assertSameJson(DevnetFixture.json("certificates.json").get(GENESIS), response.body(), "genesis");
        assertValidResponse("/certificate/genesis", 200, response.body());
    }

    @Test
    void anUnknownCertificateIsAnEmpty404() throws Exception {
        HttpResponse<String> response = server.get("/aggregator/certificate/" + "ab".repeat(32));

        assertEquals(404, response.statusCode());
        assertEquals("", response.body());
        assertEquals(AggregatorHttp.apiVersion(), response.headers().firstValue("mithril-api-version").orElseThrow());
    }

    @Test
    void detailsAreCountedByWhitelistedOriginAndClientType() throws Exception {
        AggregatorMetric metric = AggregatorMetric.CERTIFICATE_DETAIL_TOTAL_SERVED;
        long wallet = METRICS.value(metric, "WALLET", "CLI");
        long notWhitelisted = METRICS.value(metric, "NA", "NA");
        long explorer = METRICS.value(metric, "EXPLORER", "LIBRARY");

        server.get("/aggregator/certificate/" + GENESIS,
                "mithril-origin-tag", "WALLET", "mithril-client-type", "CLI");
        server.get("/aggregator/certificate/genesis",
                "mithril-origin-tag", "UNKNOWN", "mithril-client-type", "BROWSER");
        server.get("/aggregator/certificate/genesis",
                "mithril-origin-tag", "EXPLORER", "mithril-client-type", "LIBRARY");

        assertEquals(wallet + 1, METRICS.value(metric, "WALLET", "CLI"));
        assertEquals(notWhitelisted + 1, METRICS.value(metric, "NA", "NA"));
        assertEquals(explorer + 1, METRICS.value(metric, "EXPLORER", "LIBRARY"));
        assertTrue(METRICS.exposition().contains("\ncertificate_detail_total_served_since_startup{"),
                "the certificate detail counter has no mithril_aggregator_ prefix");
    }
}
