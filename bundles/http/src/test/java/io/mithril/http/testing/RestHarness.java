package io.mithril.http.testing;

import io.mithril.http.AggregatorHttp;
import io.mithril.http.internal.HttpConventionsFilter;
import io.mithril.http.internal.JerseyApplicationFactory;
import io.mithril.http.internal.JerseyPublisher;
import io.mithril.http.internal.NotFoundServlet;
import jakarta.servlet.DispatcherType;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The aggregator's real HTTP stack on an embedded Jetty 12 bound to loopback, laid out as the http bundle's OSGi
 * whiteboard registers it: the conventions filter on every path, the swappable Jersey servlet (mappers, negotiation,
 * body limit) on {@code /aggregator/*}, the 404 servlet for the rest. Resources are published as the whiteboard
 * would. Shared with the other bundles' route tests through this bundle's test-jar.
 *
 * <p>Every {@code path} below is absolute from the server root, e.g. {@code /aggregator/certificates}.
 */
public final class RestHarness implements AutoCloseable {
    /** Short, so that tests see a publication quickly; the production debounce is longer. */
    public static final Duration TEST_DEBOUNCE = Duration.ofMillis(20);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final JerseyPublisher publisher;
    private final Server server;
    private final ServletContextHandler context;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A started server whose publisher is not started yet: requests wait up to {@code startupWait} for it. */
    public RestHarness(Duration startupWait) throws Exception {
        this(TEST_DEBOUNCE, startupWait);
    }

    public RestHarness(Duration debounce, Duration startupWait) throws Exception {
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

    /** Starts a server publishing these JAX-RS resource instances, returned once Jersey serves them. */
    public static RestHarness serving(Object... resources) throws Exception {
        RestHarness harness = new RestHarness(TIMEOUT);
        try {
            for (Object resource : resources) {
                harness.publisher.addResource(resource);
            }
            harness.publisher.start();
            harness.awaitGeneration(1);
        } catch (Exception | AssertionError e) {
            harness.close();
            throw e;
        }
        return harness;
    }

    /** The publisher, for tests that add and remove resources while the server runs. */
    public JerseyPublisher publisher() {
        return publisher;
    }

    /** Stops and starts the servlet context: the container destroys and re-initialises the same servlets. */
    public void restartContext() throws Exception {
        context.stop();
        context.start();
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    /** The aggregator endpoint, {@code http://127.0.0.1:port/aggregator}. */
    public String endpoint() {
        return uri(AggregatorHttp.BASE_PATH).toString();
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
    }

    /**
     * Sends a request. A pooled keep-alive connection the server closed after an earlier test's error answer fails
     * before any byte of a response arrives; the request never reached a resource, so it is sent once more.
     */
    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (!isStaleConnection(e)) {
                throw e;
            }
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static boolean isStaleConnection(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("header parser received no bytes") || message.contains("Connection reset");
    }

    /** GET with optional header name/value pairs. */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send(withHeaders(request(path), headers).GET().build());
    }

    /** GET of any URL (e.g. one a component built from {@link #endpoint()}), the body kept as bytes. */
    public HttpResponse<byte[]> getBytes(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return getBytes(uri(path));
    }

    /** POST of a JSON body with optional header name/value pairs. */
    public HttpResponse<String> postJson(String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = withHeaders(request(path).header("Content-Type", "application/json"), headers);
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /**
     * Declares a JSON body of {@code length} bytes and returns the status the server answers before any body byte is
     * sent. Sending a real oversized body races with the early refusal (the server closes the connection while the
     * client is still writing, and java.net.http on Java 17 cannot wait with {@code Expect: 100-continue}).
     */
    public int statusForDeclaredLength(String path, long length) throws IOException {
        try (Socket socket = connect()) {
            write(socket, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n");
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    /**
     * Sends a GET request line exactly as written (no client-side normalisation of {@code ..} or escapes) and
     * returns the whole raw response.
     */
    public String rawGet(String rawPath) throws IOException {
        try (Socket socket = connect()) {
            write(socket, "GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(response);
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port()), (int) TIMEOUT.toMillis());
        socket.setSoTimeout((int) TIMEOUT.toMillis());
        return socket;
    }

    private static void write(Socket socket, String head) throws IOException {
        socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** Waits until Jersey has published {@code generation} applications; fails at once if a publication fails. */
    public void awaitGeneration(int generation) throws InterruptedException {
        int failuresBefore = publisher.failures();
        await(publisher::generation, generation, "published applications",
                () -> publisher.failures() > failuresBefore);
    }

    public void awaitFailures(int failures) throws InterruptedException {
        await(publisher::failures, failures, "failed publications", () -> false);
    }

    /** Waits for a count to reach a value; bounded so that a broken reload fails the test instead of hanging. */
    private static void await(IntSupplier count, int expected, String what, BooleanSupplier hopeless)
            throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (count.getAsInt() < expected) {
            if (hopeless.getAsBoolean() || System.nanoTime() > deadline) {
                throw new AssertionError(what + ": " + count.getAsInt() + ", expected " + expected);
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
