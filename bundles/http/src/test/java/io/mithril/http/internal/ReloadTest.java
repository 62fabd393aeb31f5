package io.mithril.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.http.testing.RestHarness;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Republishing the application when resources come and go, without failing any request. */
class ReloadTest {

    @Test
    void resourcesAppearAndDisappearWithTheirServices() throws Exception {
        try (RestHarness server = RestHarness.serving(new TestResources.Ping())) {
            assertEquals(404, server.get("/aggregator/extra").statusCode());

            TestResources.Extra extra = new TestResources.Extra();
            server.publisher().addResource(extra);
            server.awaitGeneration(2);
            assertEquals("extra", server.get("/aggregator/extra").body());

            server.publisher().removeResource(extra);
            server.awaitGeneration(3);
            assertEquals(404, server.get("/aggregator/extra").statusCode());
            assertEquals("pong", server.get("/aggregator/ping").body());
        }
    }

    @Test
    void anInFlightRequestCompletesAcrossAReload() throws Exception {
        TestResources.Slow slow = new TestResources.Slow();
        try (RestHarness server = RestHarness.serving(slow, new TestResources.Ping())) {
            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.get("/aggregator/slow");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(slow.entered.await(30, TimeUnit.SECONDS));

            server.publisher().addResource(new TestResources.Extra());
            server.awaitGeneration(2);
            // the new application serves while the old one still runs the slow request
            assertEquals("extra", server.get("/aggregator/extra").body());
            slow.release.countDown();

            HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode());
            assertEquals("done", response.body());
        }
    }

    @Test
    void noRequestFailsWhileResourcesChurn() throws Exception {
        try (RestHarness server = RestHarness.serving(new TestResources.Ping())) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger served = new AtomicInteger();
            Map<String, Integer> failures = new ConcurrentHashMap<>();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<?>> loops = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                loops.add(clients.submit(() -> {
                    while (running.get()) {
                        try {
                            HttpResponse<String> response = server.get("/aggregator/ping");
                            if (response.statusCode() == 200 && response.body().equals("pong")) {
                                served.incrementAndGet();
                            } else {
                                failures.merge(response.statusCode() + " " + response.body(), 1, Integer::sum);
                            }
                        } catch (Exception e) {
                            failures.merge(e.toString(), 1, Integer::sum);
                        }
                    }
                    return null;
                }));
            }
            int generation = 1;
            for (int round = 0; round < 10; round++) {
                Object extra = new TestResources.Extra();
                server.publisher().addResource(extra);
                server.awaitGeneration(++generation);
                server.publisher().removeResource(extra);
                server.awaitGeneration(++generation);
            }
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get(30, TimeUnit.SECONDS);
            }
            clients.shutdown();

            assertEquals(Map.of(), failures);
            assertTrue(served.get() > 0);
            // the server releases a request just after the client has its response: wait for the count to drain
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (server.publisher().servlet().inFlight() != 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(0, server.publisher().servlet().inFlight());
        }
    }

    @Test
    void aBurstOfChangesIsPublishedOnce() throws Exception {
        // A debounce far longer than the burst, so that every change lands in the same window.
        try (RestHarness server = new RestHarness(Duration.ofSeconds(1), Duration.ofSeconds(30))) {
            server.publisher().start();
            server.awaitGeneration(1);
            TestResources.Extra extra = new TestResources.Extra();
            for (int i = 0; i < 10; i++) {
                server.publisher().addResource(extra);
                server.publisher().removeResource(extra);
            }
            server.publisher().addResource(new TestResources.Ping());
            server.publisher().addResource(extra);
            server.awaitGeneration(2);

            assertEquals("pong", server.get("/aggregator/ping").body());
            assertEquals("extra", server.get("/aggregator/extra").body());
            assertEquals(2, server.publisher().generation());
        }
    }

    @Test
    void aFailingApplicationKeepsThePreviousOneServing() throws Exception {
        try (RestHarness server = RestHarness.serving(new TestResources.Ping())) {
            server.publisher().addResource(new TestResources.ConflictingPing());
            server.awaitFailures(1);

            assertEquals(1, server.publisher().generation());
            assertEquals("pong", server.get("/aggregator/ping").body());
        }
    }

    @Test
    void requestsWaitForTheFirstApplication() throws Exception {
        try (RestHarness server = new RestHarness(Duration.ofSeconds(30))) {
            server.publisher().addResource(new TestResources.Ping());
            CompletableFuture<HttpResponse<String>> early = CompletableFuture.supplyAsync(() -> {
                try {
                    return server.get("/aggregator/ping");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            server.publisher().start();

            assertEquals("pong", early.get(30, TimeUnit.SECONDS).body());
        }
    }

    @Test
    void theApplicationSurvivesTheServletContainerReinitialisingTheServlet() throws Exception {
        // Felix HTTP destroys and re-initialises whiteboard servlets when its server restarts
        try (RestHarness server = RestHarness.serving(new TestResources.Ping())) {
            server.restartContext();

            assertEquals("pong", server.get("/aggregator/ping").body());
            server.publisher().addResource(new TestResources.Extra());
            server.awaitGeneration(2);
            assertEquals("extra", server.get("/aggregator/extra").body());
        }
    }

    @Test
    void afterShutdownTheApiAnswers503() throws Exception {
        try (RestHarness server = RestHarness.serving(new TestResources.Ping())) {
            server.publisher().close();

            assertEquals(503, server.get("/aggregator/ping").statusCode());
        }
    }

    @Test
    void withoutAnyApplicationTheApiAnswers503() throws Exception {
        try (RestHarness server = new RestHarness(Duration.ofMillis(50))) {
            HttpResponse<String> response = server.get("/aggregator/ping");

            assertEquals(503, response.statusCode());
            assertEquals("{\"message\":\"The REST API is not ready\"}", response.body());
            assertEquals("0.1.68", response.headers().firstValue("mithril-api-version").orElseThrow());
        }
    }
}
