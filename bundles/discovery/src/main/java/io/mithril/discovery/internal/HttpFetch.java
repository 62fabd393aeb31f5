package io.mithril.discovery.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A GET whose timeout covers the whole exchange, body included ({@link HttpRequest.Builder#timeout} alone stops at
 * the response headers, so a server trickling its body could hold a probe for ever).
 */
public final class HttpFetch {
    private HttpFetch() {
    }

    /** The response (any status); an {@link IOException} when the server cannot be reached in time. */
    public static HttpResponse<String> get(HttpClient client, URI uri, Duration timeout) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .GET().build();
        CompletableFuture<HttpResponse<String>> exchange =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("no complete answer from " + uri + " within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IOException(describe(cause), cause);
        }
    }

    /**
     * The failure's type and the first message found down its causes: the JDK client's connection errors often carry
     * none themselves (a refused connection is a bare {@code ConnectException}).
     */
    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return failure.getClass().getSimpleName() + ": " + cause.getMessage();
            }
        }
        return failure instanceof java.net.ConnectException ? "ConnectException: cannot connect (refused or no route)"
                : failure.getClass().getSimpleName();
    }

    /** A client for these timeouts: redirects followed (raw.githubusercontent.com may redirect). */
    public static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }
}
