package io.mithril.http.internal;

import io.mithril.http.AggregatorHttp;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.function.IntSupplier;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Jetty 12 laid out like the OSGi whiteboard registration: the conventions filter on every path, the
 * swappable Jersey servlet on {@code /aggregator/*}, the 404 servlet as default servlet. Real HTTP on loopback.
 */
final class RestServer implements AutoCloseable {
    static final Duration TEST_DEBOUNCE = Duration.ofMillis(20);

    final JerseyPublisher publisher;
    private final Server server;
    private final ServletContextHandler context;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    RestServer(Duration startupWait) throws Exception {
        this(TEST_DEBOUNCE, startupWait);
    }

    RestServer(Duration debounce, Duration startupWait) throws Exception {
        publisher = new JerseyPublisher(new JerseyApplicationFactory(AggregatorHttp.MAX_BODY_BYTES), debounce,
                startupWait);
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(new HttpConventionsFilter(AggregatorHttp.apiVersion(),
                AggregatorHttp.MAX_BODY_BYTES)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(publisher.servlet()), AggregatorHttp.BASE_PATH + "/*");
        context.addServlet(new ServletHolder(new NotFoundServlet()), "/");
        server.setHandler(context);
        server.start();
    }

    static RestServer startedWith(Object... resources) throws Exception {
        RestServer server = new RestServer(Duration.ofSeconds(30));
        for (Object resource : resources) {
            server.publisher.addResource(resource);
        }
        server.publisher.start();
        server.awaitGeneration(1);
        return server;
    }

    /** Stops and starts the servlet context: the container destroys and re-initialises the same servlets. */
    void restartContext() throws Exception {
        context.stop();
        context.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + path);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    void awaitGeneration(int generation) throws InterruptedException {
        await(() -> publisher.generation(), generation);
    }

    void awaitFailures(int failures) throws InterruptedException {
        await(() -> publisher.failures(), failures);
    }

    /** Waits for a count to reach a value; bounded so that a broken reload fails the test instead of hanging. */
    private static void await(IntSupplier count, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count.getAsInt() < expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("count stayed at " + count.getAsInt() + ", expected " + expected);
            }
            Thread.sleep(5);
        }
    }

    @Override
    public void close() throws Exception {
        publisher.close();
        server.stop();
    }
}
