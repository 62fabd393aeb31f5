package io.mithril.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mithril.http.AggregatorHttp;
import io.mithril.http.testing.RestHarness;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Error envelopes and status mapping (aggregator.md §1.1, openapi.yaml {@code Error}) over real HTTP. */
class ErrorEnvelopeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RestHarness server;

    @BeforeAll
    static void start() throws Exception {
        server = RestHarness.serving(new TestResources.Echo(), new TestResources.Failing());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void clientErrorIsLabelAndMessage() throws Exception {
        HttpResponse<String> response = server.get("/aggregator/fail/client");

        assertEquals(400, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("content-type").orElseThrow());
        assertEquals("{\"label\":\"invalid_epoch\",\"message\":\"invalid epoch 'abc'\"}", response.body());
        assertTrue(response.headers().firstValue(AggregatorHttp.API_VERSION_HEADER).isPresent());
    }

    @Test
    void customStatusCodesArePassedThrough() throws Exception {
        HttpResponse<String> response = server.postJson("/aggregator/fail/round", "{}");

        assertEquals(550, response.statusCode());
        assertEquals("registration_round_not_yet_opened", JSON.readTree(response.body()).get("label").asText());
    }

    @Test
    void serverErrorIsMessageOnlyWithTheCauseChain() throws Exception {
        HttpResponse<String> response = server.get("/aggregator/fail/server");

        assertEquals(500, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(1, body.size(), "no label on a server error");
        assertEquals("could not compute the message\n\nCaused by:\n    0: disk unavailable",
                body.get("message").asText());
        assertTrue(response.headers().firstValue(AggregatorHttp.API_VERSION_HEADER).isPresent());
    }

    @Test
    void sqliteBusyAnywhereInTheChainIs503() throws Exception {
        HttpResponse<String> response = server.get("/aggregator/fail/busy");

        assertEquals(503, response.statusCode());
        String message = JSON.readTree(response.body()).get("message").asText();
        assertTrue(message.startsWith("could not record the signer\n\nCaused by:\n    0: [SQLITE_BUSY]"), message);
    }

    @Test
    void validJsonIsReadAndWritten() throws Exception {
        HttpResponse<String> response = server.postJson("/aggregator/echo", "{\"name\":\"pool1\",\"count\":3,\"x\":1}");

        assertEquals(200, response.statusCode());
        assertEquals("{\"name\":\"pool1\",\"count\":3}", response.body());
    }

    @Test
    void aJsonBodyWithoutContentTypeIsStillJson() throws Exception {
        HttpResponse<String> response = server.send(server.request("/aggregator/echo")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"a\",\"count\":1}")).build());

        assertEquals(200, response.statusCode());
    }

    @Test
    void anotherContentTypeIs415() throws Exception {
        HttpResponse<String> response = server.send(server.request("/aggregator/echo")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertEquals(415, response.statusCode());
    }

    @Test
    void badJsonIs400WithTheEnvelope() throws Exception {
        for (String body : new String[] {"{\"name\":", "not json", "", "{\"name\":\"a\",\"count\":\"many\"}",
                "{\"name\":\"a\",\"count\":null}", "{\"name\":\"a\",\"count\":1} trailing"}) {
            HttpResponse<String> response = server.postJson("/aggregator/echo", body);

            assertEquals(400, response.statusCode(), body);
            JsonNode error = JSON.readTree(response.body());
            assertTrue(error.has("label"), body + " -> " + response.body());
            assertEquals(ErrorBodies.BODY_DESERIALIZE_ERROR, error.get("label").asText(), body);
            assertTrue(!error.get("message").asText().isEmpty(), body);
            assertTrue(response.headers().firstValue(AggregatorHttp.API_VERSION_HEADER).isPresent(), body);
        }
    }

    @Test
    void aBodyOfExactlyTheLimitIsAccepted() throws Exception {
        HttpResponse<String> response = server.postJson("/aggregator/echo", payloadOfSize(AggregatorHttp.MAX_BODY_BYTES));

        assertEquals(200, response.statusCode());
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413() throws Exception {
        HttpResponse<String> response = server.postJson("/aggregator/echo",
                payloadOfSize(AggregatorHttp.MAX_BODY_BYTES + 1));

        assertEquals(413, response.statusCode());
        assertEquals(ErrorBodies.PAYLOAD_TOO_LARGE, response.body());
        assertTrue(response.headers().firstValue(AggregatorHttp.API_VERSION_HEADER).isPresent());
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        byte[] body = payloadOfSize(AggregatorHttp.MAX_BODY_BYTES + 1).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = server.send(server.request("/aggregator/echo")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertEquals(413, response.statusCode());
        assertTrue(response.headers().firstValue(AggregatorHttp.API_VERSION_HEADER).isPresent());
    }

    @Test
    void aChunkedBodyUnderTheLimitIsAccepted() throws Exception {
        byte[] body = payloadOfSize(1000).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = server.send(server.request("/aggregator/echo")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertEquals(200, response.statusCode());
    }

    /** A valid Payload JSON document of exactly {@code size} bytes. */
    private static String payloadOfSize(int size) {
        String prefix = "{\"name\":\"";
        String suffix = "\",\"count\":1}";
        String json = prefix + "a".repeat(size - prefix.length() - suffix.length()) + suffix;
        assertEquals(size, json.getBytes(StandardCharsets.UTF_8).length);
        return json;
    }
}
