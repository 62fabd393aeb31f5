package io.mithril.devnet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mithril.domain.message.EpochSettingsMessage;
import io.mithril.domain.message.MithrilJson;
import io.mithril.domain.message.ProtocolConfigurationMessage;
import io.mithril.domain.message.RegisterSignatureMessage;
import io.mithril.domain.message.RegisterSignerMessage;

/**
 * The routes of an aggregator a signer uses, over {@link HttpClient} (aggregator.md §1), plus a JSON GET for the
 * read API. Thread-safe.
 */
public final class AggregatorClient {
    /** The OpenAPI version the simulated signers speak; the aggregator only reads it (aggregator.md §1.1). */
    public static final String API_VERSION = "0.1.68";
    /** Reported to the aggregator in the <code>signer-node-version</code> header of registrations. */
    public static final String SIGNER_NODE_VERSION = "0.1.0";

    private final URI base;
    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper json = MithrilJson.newObjectMapper();

    /** @param base the aggregator endpoint, e.g. <code>http://127.0.0.1:8080/aggregator</code> */
    public AggregatorClient(URI base, HttpClient http, Duration timeout) {
        String text = Objects.requireNonNull(base, "base").toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    public static AggregatorClient of(URI base) {
        return new AggregatorClient(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                Duration.ofSeconds(30));
    }

    public URI base() {
        return base;
    }

    /** An answer: status code and body text. */
    public record Response(int status, String body) {
        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    /** The aggregator could not be reached, or answered something unusable. */
    public static final class AggregatorClientException extends Exception {
        private static final long serialVersionUID = 1L;

        public AggregatorClientException(String message, Throwable cause) {
            super(message, cause);
        }

        public AggregatorClientException(String message) {
            super(message);
        }
    }

    public EpochSettingsMessage epochSettings() throws AggregatorClientException {
        return read(expectOk(get("epoch-settings"), "epoch-settings"), EpochSettingsMessage.class);
    }

    /** The settings stored for exactly {@code epoch}; empty on 404 (none stored yet). */
    public Optional<ProtocolConfigurationMessage> protocolConfiguration(long epoch) throws AggregatorClientException {
        Response response = get("protocol-configuration/" + Long.toUnsignedString(epoch));
        if (response.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(read(expectOk(response, "protocol-configuration"), ProtocolConfigurationMessage.class));
    }

    public Response registerSigner(RegisterSignerMessage message) throws AggregatorClientException {
        return post("register-signer", message, true);
    }

    public Response registerSignature(RegisterSignatureMessage message) throws AggregatorClientException {
        return post("register-signatures", message, false);
    }

    /** GET a read-API route (relative to the base, e.g. <code>certificates</code>) as a JSON tree; 2xx only. */
    public JsonNode getJson(String route) throws AggregatorClientException {
        Response response = expectOk(get(route), route);
        try {
            return json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AggregatorClientException("GET " + route + ": invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** GET a route, whatever the status. */
    public Response get(String route) throws AggregatorClientException {
        return send(request(route).GET().build(), "GET " + route);
    }

    private Response post(String route, Object body, boolean signerHeaders) throws AggregatorClientException {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new AggregatorClientException("cannot encode the " + route + " body", e);
        }
        HttpRequest.Builder builder = request(route).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text));
        if (signerHeaders) {
            builder.header("signer-node-version", SIGNER_NODE_VERSION);
        }
        return send(builder.build(), "POST " + route);
    }

    private HttpRequest.Builder request(String route) {
        return HttpRequest.newBuilder(base.resolve(route)).timeout(timeout).header("mithril-api-version", API_VERSION);
    }

    private Response send(HttpRequest request, String what) throws AggregatorClientException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AggregatorClientException(what + ": aggregator unreachable at " + base + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AggregatorClientException(what + ": interrupted", e);
        }
    }

    private static Response expectOk(Response response, String route) throws AggregatorClientException {
        if (response.status() != 200) {
            throw new AggregatorClientException("GET " + route + " answered " + response.status() + ": "
                    + abbreviate(response.body()));
        }
        return response;
    }

    private <T> T read(Response response, Class<T> type) throws AggregatorClientException {
        try {
            return json.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new AggregatorClientException("unexpected " + type.getSimpleName() + ": " + e.getOriginalMessage(),
                    e);
        }
    }

    static String abbreviate(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
