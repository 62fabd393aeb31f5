package io.mithril.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mithril.metrics.AggregatorMetric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class MetricsServerComponentTest {
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void servesTheExpositionOnGetMetrics() throws Exception {
        PrometheusMetricsService metrics = new PrometheusMetricsService();
        metrics.increment(AggregatorMetric.CERTIFICATE_TOTAL_PRODUCED);
        try (MetricsHttpServer server = startOnLoopback(metrics::exposition)) {
            HttpResponse<String> response = get(server.address(), "/metrics", "GET");

            assertEquals(200, response.statusCode());
            assertEquals("text/plain; version=0.0.4; charset=utf-8",
                    response.headers().firstValue("content-type").orElseThrow());
            assertEquals(metrics.exposition(), response.body());
        }
    }

    @Test
    void otherPathsAndMethodsAreRejected() throws Exception {
        try (MetricsHttpServer server = startOnLoopback(() -> "")) {
            assertEquals(404, get(server.address(), "/metricsx", "GET").statusCode());
            assertEquals(404, get(server.address(), "/", "GET").statusCode());
            assertEquals(405, get(server.address(), "/metrics", "POST").statusCode());
        }
    }

    @Test
    void anExpositionErrorIsA500WithPlainText() throws Exception {
        try (MetricsHttpServer server = startOnLoopback(() -> {
            throw new IllegalStateException("registry exploded");
        })) {
            HttpResponse<String> response = get(server.address(), "/metrics", "GET");

            assertEquals(500, response.statusCode());
            assertEquals("registry exploded", response.body());
            assertEquals("text/plain; charset=utf-8", response.headers().firstValue("content-type").orElseThrow());
        }
    }

    @Test
    void componentStartsStopsAndRestartsTheServerFromConfiguration() throws Exception {
        PrometheusMetricsService metrics = new PrometheusMetricsService();
        MetricsServerComponent component = new MetricsServerComponent(metrics, Map.of());
        assertNull(component.address(), "disabled by default");

        component.modified(Map.of("enable_metrics_server", "true", "metrics_server_ip", "127.0.0.1",
                "metrics_server_port", "0"));
        InetSocketAddress address = component.address();
        assertNotNull(address);
        assertEquals(200, get(address, "/metrics", "GET").statusCode());

        component.modified(Map.of("enable_metrics_server", false));
        assertNull(component.address());
        assertThrows(IOException.class, () -> get(address, "/metrics", "GET"));
        component.deactivate();
    }

    @Test
    void aBusyPortFailsTheComponentActivation() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Map<String, Object> config = Map.of("enable_metrics_server", true, "metrics_server_ip", "127.0.0.1",
                    "metrics_server_port", busy.getLocalPort());
            assertThrows(UncheckedIOException.class,
                    () -> new MetricsServerComponent(new PrometheusMetricsService(), config));
        }
    }

    private static MetricsHttpServer startOnLoopback(Supplier<String> exposition) throws IOException {
        return MetricsHttpServer.start(new InetSocketAddress("127.0.0.1", 0), exposition);
    }

    private HttpResponse<String> get(InetSocketAddress address, String path, String method)
            throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + address.getPort() + path);
        HttpRequest request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
