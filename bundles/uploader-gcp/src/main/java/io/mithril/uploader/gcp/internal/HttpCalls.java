package io.mithril.uploader.gcp.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Blocking calls through the JDK client, with interrupts surfaced as {@link InterruptedIOException}. */
final class HttpCalls {
    /** Metadata calls (token, existence, listing, ACL) are small: a minute is plenty. */
    static final Duration CALL_TIMEOUT = Duration.ofMinutes(1);
    /** Bound on one upload request, so that a stalled connection fails the attempt instead of hanging. */
    static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(30);

    private HttpCalls() {
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted: " + request.method() + " " + request.uri());
        }
    }
}
