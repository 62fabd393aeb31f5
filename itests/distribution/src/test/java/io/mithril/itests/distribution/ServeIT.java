package io.mithril.itests.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The operator's path: start the distribution, use its API, hot-deploy a third-party plugin. */
class ServeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE_TYPE = "SamplePoolCount";

    @TempDir
    Path work;
    private Distribution distribution;

    @AfterEach
    void stop() throws Exception {
        if (distribution != null) {
            distribution.close();
        }
    }

    private Map<String, String> environment(int port) {
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_IP", "127.0.0.1");
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("DATA_STORES_DIRECTORY", work.resolve("stores").toString());
        env.put("SNAPSHOT_DIRECTORY", work.resolve("snapshots").toString());
        env.put("SIGNED_ENTITY_TYPES", "MithrilStakeDistribution," + SAMPLE_TYPE);
        return env;
    }

    @Test
    void servesTheApiWithinSecondsAndHotDeploysAPlugin() throws Exception {
        distribution = Distribution.copy(work);
        int port = Distribution.freePort();
        long started = System.nanoTime();
        distribution.start(environment(port), "serve");

        HttpResponse<String> root = distribution.await(port, "/aggregator/", Duration.ofSeconds(30),
                r -> r.statusCode() == 200);
        assertNotNull(root, distribution.log());
        assertEquals(200, root.statusCode(), distribution.log());
        System.out.printf("distribution answered GET /aggregator/ after %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        assertEquals("0.1.68", root.headers().firstValue("mithril-api-version").orElse(null));
        assertEquals("Concatenation",
                JSON.readTree(root.body()).path("capabilities").path("aggregate_signature_type").asText());
        assertTrue(!types(root).contains(SAMPLE_TYPE), root.body());

        Path plugin = Path.of(System.getProperty("sample.plugin.jar"));
        Path deployed = distribution.deploy().resolve(plugin.getFileName());
        Files.copy(plugin, deployed);
        HttpResponse<String> withPlugin = distribution.await(port, "/aggregator/", Duration.ofSeconds(15),
                r -> types(r).contains(SAMPLE_TYPE));
        assertTrue(types(withPlugin).contains(SAMPLE_TYPE), "plugin not picked up: " + withPlugin.body());
        HttpResponse<String> route = distribution.await(port, "/aggregator/artifact/sample-pool-counts",
                Duration.ofSeconds(10), r -> r.statusCode() == 200);
        assertEquals(200, route.statusCode());
        assertTrue(JSON.readTree(route.body()).isArray(), route.body());

        Files.move(deployed, work.resolve(plugin.getFileName()));
        HttpResponse<String> without = distribution.await(port, "/aggregator/", Duration.ofSeconds(15),
                r -> !types(r).contains(SAMPLE_TYPE));
        assertTrue(!types(without).contains(SAMPLE_TYPE), "plugin not removed: " + without.body());
        HttpResponse<String> goneRoute = distribution.await(port, "/aggregator/artifact/sample-pool-counts",
                Duration.ofSeconds(10), r -> r.statusCode() == 404);
        assertEquals(404, goneRoute.statusCode(), "the plugin's route outlived its bundle");

        Files.move(work.resolve(plugin.getFileName()), deployed);
        HttpResponse<String> restored = distribution.await(port, "/aggregator/", Duration.ofSeconds(15),
                r -> types(r).contains(SAMPLE_TYPE));
        assertTrue(types(restored).contains(SAMPLE_TYPE), "plugin not restored: " + restored.body());
    }

    private static String types(HttpResponse<String> response) {
        if (response == null) {
            return "";
        }
        try {
            JsonNode node = JSON.readTree(response.body()).path("capabilities").path("signed_entity_types");
            return node.toString();
        } catch (Exception e) {
            return "";
        }
    }
}
