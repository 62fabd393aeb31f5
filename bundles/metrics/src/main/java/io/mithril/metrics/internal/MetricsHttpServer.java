package io.mithril.metrics.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional Prometheus endpoint on its own port: {@code GET /metrics} returns the text exposition, an error 500
 * with the error as plain text, like the reference. The JDK server is enough for one scrape route and keeps Jetty's
 * single-port setup untouched.
 */
final class MetricsHttpServer implements AutoCloseable {
    static final String PATH = "/metrics";
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(MetricsHttpServer.class);

    private final HttpServer server;

    private MetricsHttpServer(HttpServer server) {
        this.server = server;
    }

    static MetricsHttpServer start(InetSocketAddress address, Supplier<String> exposition) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/", exchange -> handle(exchange, exposition));
        server.start();
        return new MetricsHttpServer(server);
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void handle(HttpExchange exchange, Supplier<String> exposition) throws IOException {
        try (exchange) {
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String body;
            int status;
            try {
                body = exposition.get();
                status = 200;
            } catch (RuntimeException e) {
                LOG.warn("metrics exposition failed", e);
                body = String.valueOf(e.getMessage());
                status = 500;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    status == 200 ? CONTENT_TYPE : "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
