package io.mithril.uploader.local.internal;

import io.mithril.http.AggregatorHttp;
import io.mithril.http.internal.HttpConventionsFilter;
import io.mithril.http.internal.JerseyApplicationFactory;
import io.mithril.http.internal.JerseyPublisher;
import io.mithril.http.internal.NotFoundServlet;
import jakarta.servlet.DispatcherType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The aggregator's HTTP stack (the http bundle's filter, Jersey application and 404 servlet) on an embedded Jetty 12
 * bound to loopback, publishing the given resources as the whiteboard would.
 */
final class RouteServer implements AutoCloseable {
    private final JerseyPublisher publisher;
    private final Server server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RouteServer() throws Exception {
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

    static RouteServer serving(Object... resources) throws Exception {
        RouteServer routes = new RouteServer();
        for (Object resource : resources) {
            routes.publisher.addResource(resource);
        }
        routes.publisher.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (routes.publisher.generation() < 1) {
            if (routes.publisher.failures() > 0 || System.nanoTime() > deadline) {
                routes.close();
                throw new IllegalStateException("Jersey did not publish the resources");
            }
            Thread.sleep(5);
        }
        return routes;
    }

    int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** {@code http://127.0.0.1:port/aggregator/}, usable as {@code public_server_url}. */
    String publicServerUrl() {
        return "http://127.0.0.1:" + port() + AggregatorHttp.BASE_PATH + "/";
    }

    HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return get(URI.create("http://127.0.0.1:" + port() + path));
    }

    /**
     * Sends a request line exactly as written (no client-side normalisation of {@code ..} or escapes) and returns
     * the whole raw response.
     */
    String rawGet(String rawPath) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Override
    public void close() throws Exception {
        publisher.close();
        server.stop();
    }
}
