package io.mithril.uploader.gcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * OAuth2 access tokens for a service account: a signed JWT exchanged at the credentials' {@code token_uri}
 * ({@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer}). A token is reused until shortly before it
 * expires, or until a storage call reports it rejected.
 */
final class AccessTokens {
    /** Object writes and ACL changes: read_write is not enough to insert an object ACL. */
    static final String SCOPE = "https://www.googleapis.com/auth/devstorage.full_control";
    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    /** Renew this long before the announced expiry, so that a token never expires in the middle of a call. */
    static final Duration EARLY_RENEWAL = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceAccountCredentials credentials;
    private final HttpClient client;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    AccessTokens(ServiceAccountCredentials credentials, HttpClient client, Clock clock) {
        this.credentials = credentials;
        this.client = client;
        this.clock = clock;
    }

    /** A valid access token, fetched when none is cached or the cached one is about to expire. */
    synchronized String current() throws IOException {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
            fetch(now);
        }
        return token;
    }

    /** Forgets the cached token (the storage API answered 401). */
    synchronized void invalidate() {
        token = null;
    }

    private void fetch(Instant now) throws IOException {
        String form = "grant_type=" + URLEncoder.encode(GRANT_TYPE, StandardCharsets.UTF_8) + "&assertion="
                + URLEncoder.encode(JwtAssertion.sign(credentials, SCOPE, now), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(credentials.tokenUri()).timeout(HttpCalls.CALL_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = HttpCalls.send(client, request);
        if (response.statusCode() != 200) {
            throw new GcpHttpException("access token request to " + credentials.tokenUri() + " for "
                    + credentials.clientEmail(), response.statusCode(), response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        JsonNode accessToken = body.get("access_token");
        if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isEmpty()) {
            throw new IOException("access token response from " + credentials.tokenUri() + " has no access_token");
        }
        long expiresIn = body.path("expires_in").asLong(JwtAssertion.LIFETIME.toSeconds());
        Duration lifetime = Duration.ofSeconds(Math.max(0, expiresIn));
        Duration margin = lifetime.compareTo(EARLY_RENEWAL.multipliedBy(2)) < 0 ? lifetime.dividedBy(2) : EARLY_RENEWAL;
        token = accessToken.asText();
        renewAt = now.plus(lifetime).minus(margin);
    }
}
