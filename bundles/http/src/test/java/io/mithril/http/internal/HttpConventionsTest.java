package io.mithril.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.http.AggregatorHttp;
import io.mithril.http.testing.RestHarness;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** aggregator.md §1.1 over real HTTP: api-version header, CORS, 404 and 405. */
class HttpConventionsTest {
    private static RestHarness server;

    @BeforeAll
    static void start() throws Exception {
        server = RestHarness.serving(new TestResources.Root(), new TestResources.Echo(),
                new TestResources.Failing());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static void assertApiVersion(HttpResponse<?> response) {
        assertEquals(AggregatorHttp.apiVersion(),
                response.headers().firstValue(AggregatorHttp.API_VERSION_HEADER).orElse(null),
                "mithril-api-version on " + response.statusCode() + " " + response.uri());
    }

    @Test
    void rootDocumentIsServedAtTheBasePathWithTheApiVersion() throws Exception {
        HttpResponse<String> response = server.get("/aggregator");

        assertEquals(200, response.statusCode());
        assertEquals("{\"open_api_version\":\"test\"}", response.body());
        assertEquals("application/json", response.headers().firstValue("content-type").orElseThrow());
        assertApiVersion(response);
        assertEquals(200, server.get("/aggregator/").statusCode());
    }

    @Test
    void unknownPathsAreEmpty404sWithTheHeaders() throws Exception {
        for (String path : new String[] {"/aggregator/a-route-that-does-not-exist", "/", "/metrics",
                "/aggregatorx", "/other/aggregator/certificates"}) {
            HttpResponse<String> response = server.send(server.request(path).header("Origin", "http://localhost")
                    .GET().build());

            assertEquals(404, response.statusCode(), path);
            assertEquals("", response.body(), path);
            assertApiVersion(response);
            assertEquals("http://localhost",
                    response.headers().firstValue(CorsPolicy.ALLOW_ORIGIN).orElse(null), path);
        }
    }

    @Test
    void aResourceAnswering404KeepsAnEmptyBody() throws Exception {
        HttpResponse<String> response = server.get("/aggregator/echo/unknown-hash");

        assertEquals(404, response.statusCode());
        assertEquals("", response.body());
        assertApiVersion(response);
    }

    @Test
    void wrongMethodIs405() throws Exception {
        HttpResponse<String> response = server.send(server.request("/aggregator/echo")
                .method("PUT", HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                .build());

        assertEquals(405, response.statusCode());
        assertEquals(ErrorBodies.METHOD_NOT_ALLOWED, response.body());
        assertEquals("POST", response.headers().firstValue("allow").orElse(""));
        assertApiVersion(response);
    }

    @Test
    void generatedHeadAndOptionsAnswersAre405LikeTheReference() throws Exception {
        HttpResponse<String> head = server.send(server.request("/aggregator")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        HttpResponse<String> options = server.send(server.request("/aggregator/echo")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(405, head.statusCode());
        assertEquals(405, options.statusCode());
        assertApiVersion(options);
    }

    @Test
    void theAcceptHeaderIsIgnoredLikeTheReference() throws Exception {
        HttpResponse<String> response = server.send(server.request("/aggregator").header("Accept", "text/plain")
                .GET().build());

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("content-type").orElseThrow());
    }

    @Test
    void getOnAPostOnlyRouteIs405() throws Exception {
        HttpResponse<String> response = server.get("/aggregator/fail/round");

        assertEquals(405, response.statusCode());
        assertApiVersion(response);
    }

    @Test
    void preflightWithTheAllowedHeadersSucceeds() throws Exception {
        HttpResponse<String> response = server.send(preflight("/aggregator/certificates", "POST",
                "Content-Type, MITHRIL-API-VERSION,mithril-origin-tag , mithril-client-type"));

        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
        assertEquals("http://localhost:3000", response.headers().firstValue(CorsPolicy.ALLOW_ORIGIN).orElseThrow());
        assertEquals("GET, POST, OPTIONS", response.headers().firstValue(CorsPolicy.ALLOW_METHODS).orElseThrow());
        assertEquals("content-type, mithril-api-version, mithril-origin-tag, mithril-client-type",
                response.headers().firstValue(CorsPolicy.ALLOW_HEADERS).orElseThrow());
        assertApiVersion(response);
    }

    @Test
    void preflightWithAnotherHeaderOrMethodFails() throws Exception {
        HttpResponse<String> header = server.send(preflight("/aggregator", "GET", "mithril-api-version,authorization"));
        HttpResponse<String> method = server.send(preflight("/aggregator", "DELETE", null));

        assertEquals(403, header.statusCode());
        assertEquals("CORS request forbidden: header not allowed", header.body());
        assertFalse(header.headers().firstValue(CorsPolicy.ALLOW_ORIGIN).isPresent());
        assertApiVersion(header);
        assertEquals(403, method.statusCode());
        assertEquals("CORS request forbidden: requested method not allowed", method.body());
    }

    @Test
    void simpleCorsRequestGetsTheOriginEchoed() throws Exception {
        HttpResponse<String> cors = server.send(server.request("/aggregator").header("Origin", "https://explorer.example")
                .GET().build());
        HttpResponse<String> plain = server.get("/aggregator");

        assertEquals("https://explorer.example", cors.headers().firstValue(CorsPolicy.ALLOW_ORIGIN).orElseThrow());
        assertFalse(plain.headers().firstValue(CorsPolicy.ALLOW_ORIGIN).isPresent());
    }

    @Test
    void theClientApiVersionIsNeverEnforced() throws Exception {
        HttpResponse<String> response = server.send(server.request("/aggregator")
                .header(AggregatorHttp.API_VERSION_HEADER, "99.0.0").GET().build());

        assertEquals(200, response.statusCode());
    }

    private static HttpRequest preflight(String path, String method, String headers) {
        HttpRequest.Builder builder = server.request(path).header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", method)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
        if (headers != null) {
            builder.header("Access-Control-Request-Headers", headers);
        }
        return builder.build();
    }
}
