package io.mithril.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeNotNull;

import io.mithril.http.AggregatorHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The http bundle inside the assembled runtime: Felix HTTP + Jersey/HK2 + SCR, over real HTTP. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HttpPlatformIT {
    private BundleContext context;
    private Http http;

    @Configuration
    public Option[] configuration() {
        return AssembledRuntime.options();
    }

    @Before
    public void connect() {
        context = FrameworkUtil.getBundle(HttpPlatformIT.class).getBundleContext();
        http = new Http(Integer.parseInt(context.getProperty(AssembledRuntime.HTTP_PORT)));
    }

    @Test
    public void theHttpBundleAndTheJerseyStackAreActive() {
        List<String> notActive = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            String name = String.valueOf(bundle.getSymbolicName());
            boolean fragment = bundle.getHeaders().get("Fragment-Host") != null;
            boolean platform = name.startsWith("org.glassfish") || name.startsWith("jakarta.")
                    || name.startsWith("com.fasterxml") || name.startsWith("org.apache.felix")
                    || name.equals("io.mithril.jvm.http");
            if (platform && !fragment && (bundle.getState() & (Bundle.ACTIVE | Bundle.STARTING)) == 0) {
                notActive.add(name + " state " + bundle.getState());
            }
        }
        assertEquals(List.of(), notActive);
    }

    @Test
    public void aResourceServiceIsPublishedUnderAggregatorAndWithdrawnWithIt() throws Exception {
        ServiceRegistration<?> registration = registerResource(new ItestResources.Probe());
        try {
            HttpResponse<String> response = http.await(http.request("/aggregator/itest").GET().build(),
                    r -> r.statusCode() == 200);
            assertEquals("pong", response.body());
            assertEquals("0.1.68", response.headers().firstValue(AggregatorHttp.API_VERSION_HEADER).orElse(null));
        } finally {
            registration.unregister();
        }
        http.await(http.request("/aggregator/itest").GET().build(), r -> r.statusCode() == 404);
    }

    @Test
    public void errorsUseTheReferenceEnvelopesAndJacksonReadsJson() throws Exception {
        ServiceRegistration<?> registration = registerResource(new ItestResources.Probe());
        try {
            http.await(http.request("/aggregator/itest").GET().build(), r -> r.statusCode() == 200);

            HttpResponse<String> client = http.get("/aggregator/itest/client-error");
            assertEquals(400, client.statusCode());
            assertEquals("{\"label\":\"invalid_epoch\",\"message\":\"invalid epoch 'abc'\"}", client.body());

            HttpResponse<String> echo = http.send(http.request("/aggregator/itest/echo")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"epoch\":42}")).build());
            assertEquals(200, echo.statusCode());
            assertEquals("{\"epoch\":42}", echo.body());

            HttpResponse<String> badJson = http.send(http.request("/aggregator/itest/echo")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"epoch\":")).build());
            assertEquals(400, badJson.statusCode());
            assertTrue(badJson.body(), badJson.body().startsWith("{\"label\":\"Request body deserialize error\""));

            HttpResponse<String> tooLarge = http.send(http.request("/aggregator/itest/echo")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + "1,".repeat(140_000) + "1]")).build());
            assertEquals(413, tooLarge.statusCode());
        } finally {
            registration.unregister();
        }
    }

    @Test
    public void unknownPathsAreEmpty404sWithTheHeadersEverywhere() throws Exception {
        http.await(http.request("/aggregator/unknown").GET().build(), r -> r.statusCode() == 404);
        for (String path : new String[] {"/aggregator/unknown", "/unknown", "/"}) {
            HttpResponse<String> response = http.send(http.request(path).header("Origin", "http://localhost")
                    .GET().build());
            assertEquals(path, 404, response.statusCode());
            assertEquals(path, "", response.body());
            assertEquals(path, "0.1.68", response.headers().firstValue(AggregatorHttp.API_VERSION_HEADER).orElse(null));
            assertEquals(path, "http://localhost",
                    response.headers().firstValue("access-control-allow-origin").orElse(null));
        }
    }

    @Test
    public void corsPreflightAllowsExactlyTheFourHeaders() throws Exception {
        HttpResponse<String> allowed = http.send(preflight("content-type,mithril-api-version,mithril-origin-tag,"
                + "mithril-client-type"));
        HttpResponse<String> refused = http.send(preflight("content-type,authorization"));

        assertEquals(200, allowed.statusCode());
        assertEquals("http://localhost", allowed.headers().firstValue("access-control-allow-origin").orElse(null));
        assertEquals(403, refused.statusCode());
    }

    @Test
    public void extensionServicesAreRegisteredWithTheResources() throws Exception {
        ServiceRegistration<?> resource = registerResource(new ItestResources.Probe());
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(AggregatorHttp.EXTENSION_PROPERTY, "true");
        ServiceRegistration<?> extension = context.registerService(ItestResources.StampFilter.class.getName(),
                new ItestResources.StampFilter(), properties);
        try {
            HttpResponse<String> response = http.await(http.request("/aggregator/itest").GET().build(),
                    r -> r.statusCode() == 200 && r.headers().firstValue("x-itest-extension").isPresent());
            assertEquals("applied", response.headers().firstValue("x-itest-extension").orElseThrow());
        } finally {
            extension.unregister();
            resource.unregister();
        }
    }

    @Test
    public void noRequestFailsWhilePluginsComeAndGo() throws Exception {
        ServiceRegistration<?> stable = registerResource(new ItestResources.Probe());
        http.await(http.request("/aggregator/itest").GET().build(), r -> r.statusCode() == 200);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger served = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(3);
        List<Future<?>> loops = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                loops.add(clients.submit(() -> {
                    while (running.get()) {
                        try {
                            HttpResponse<String> response = http.get("/aggregator/itest");
                            if (response.statusCode() == 200) {
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
            for (int round = 0; round < 5; round++) {
                ServiceRegistration<?> churn = registerResource(new ItestResources.Churn());
                http.await(http.request("/aggregator/itest-churn").GET().build(), r -> r.statusCode() == 200);
                churn.unregister();
                http.await(http.request("/aggregator/itest-churn").GET().build(), r -> r.statusCode() == 404);
            }
        } finally {
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get(30, TimeUnit.SECONDS);
            }
            clients.shutdown();
            stable.unregister();
        }
        assertEquals(Map.of(), failures);
        assertTrue(served.get() > 0);
    }

    @Test
    public void resourcesOfOtherBundlesAreServed() throws Exception {
        Bundle core = null;
        for (Bundle bundle : context.getBundles()) {
            if ("io.mithril.jvm.core".equals(bundle.getSymbolicName())) {
                core = bundle;
            }
        }
        assumeNotNull(core);
        // the core bundle's root resource: GET /aggregator/ answers the features document
        HttpResponse<String> root = http.await(http.request("/aggregator/").GET().build(),
                r -> r.statusCode() == 200);
        assertNotNull(root.body());
        assertTrue(root.body(), root.body().contains("\"open_api_version\""));
    }

    private ServiceRegistration<?> registerResource(Object resource) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(AggregatorHttp.RESOURCE_PROPERTY, "true");
        return context.registerService(resource.getClass().getName(), resource, properties);
    }

    private HttpRequest preflight(String headers) {
        return http.request("/aggregator/certificates").header("Origin", "http://localhost")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", headers)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
    }
}
