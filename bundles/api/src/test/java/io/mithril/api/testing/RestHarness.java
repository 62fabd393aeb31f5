package io.mithril.api.testing;

import io.mithril.http.AggregatorHttp;
import io.mithril.http.internal.HttpConventionsFilter;
import io.mithril.http.internal.JerseyApplicationFactory;
import io.mithril.http.internal.JerseyPublisher;
import io.mithril.http.internal.NotFoundServlet;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The aggregator's real HTTP stack on loopback, laid out as the http bundle's whiteboard registers it: its
 * conventions filter on every path, its Jersey application (mappers, negotiation, body limit) on
 * {@code /aggregator/*}, its 404 servlet for the rest; the given resources are published as the whiteboard would.
 */
public final class RestHarness implements AutoCloseable {
    private final JerseyPublisher publisher;
    private final Server server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RestHarness() throws Exception {
        publisher = new JerseyPublisher(new JerseyApplicationFactory(AggregatorHttp.MAX_BODY_BYTES),
                Duration.ofMillis(20), Duration.ofSeconds(30));
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(new HttpConventionsFilter(AggregatorHttp.apiVersion(),
                AggregatorHttp.MAX_BODY_BYTES)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(publisher.servlet()), AggregatorHttp.BASE_PATH + "/*");
        context.addServlet(new ServletHolder(new NotFoundServlet()), "/");
        server.setHandler(context);
        server.start();
    }

    /** Starts a server publishing these JAX-RS resource instances, once Jersey serves them. */
    public static RestHarness serving(Object... resources) throws Exception {
        RestHarness harness = new RestHarness();
        for (Object resource : resources) {
            harness.publisher.addResource(resource);
        }
        harness.publisher.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (harness.publisher.generation() < 1) {
            if (harness.publisher.failures() > 0 || System.nanoTime() > deadline) {
                harness.close();
                throw new IllegalStateException("Jersey did not publish the resources");
            }
            Thread.sleep(5);
        }
        return harness;
    }

    /** The aggregator endpoint, e.g. {@code http://127.0.0.1:port/aggregator}. */
    public String endpoint() {
        return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort()
                + AggregatorHttp.BASE_PATH;
    }

    /** GET {@code /aggregator + path} with optional header name/value pairs. */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint() + path))
                .timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        publisher.close();
        server.stop();
    }
}
