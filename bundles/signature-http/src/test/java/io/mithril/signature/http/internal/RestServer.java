package io.mithril.signature.http.internal;

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

import io.mithril.http.AggregatorHttp;
import io.mithril.http.internal.HttpConventionsFilter;
import io.mithril.http.internal.JerseyApplicationFactory;
import io.mithril.http.internal.JerseyPublisher;
import io.mithril.http.internal.NotFoundServlet;
import jakarta.servlet.DispatcherType;

/**
 * The http bundle's stack on an embedded Jetty, laid out as its OSGi whiteboard does (conventions filter, Jersey on
 * {@code /aggregator/*}, 404 servlet), serving the given resources over real HTTP on loopback.
 */
final class RestServer implements AutoCloseable {
    private final JerseyPublisher publisher;
    private final Server server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RestServer(Object... resources) throws Exception {
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
        for (Object resource : resources) {
            publisher.addResource(resource);
        }
        publisher.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (publisher.generation() < 1) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the Jersey application was never published");
            }
            Thread.sleep(5);
        }
    }

    public static RestServer serving(Object... resources) throws Exception {
        return new RestServer(resources);
    }

    public HttpRequest.Builder request(String path) {
        URI uri = URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort()
                + path);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    /**
     * Declares a JSON body of {@code length} bytes and returns the status the server answers before any body byte is
     * sent. Sending a real oversized body races with the early refusal (the server closes the connection while the
     * client is still writing, and java.net.http on Java 17 cannot wait with {@code Expect: 100-continue}).
     */
    public int statusForDeclaredLength(String path, long length) throws IOException {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    public HttpResponse<String> postJson(String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Override
    public void close() throws Exception {
        publisher.close();
        server.stop();
    }
}
