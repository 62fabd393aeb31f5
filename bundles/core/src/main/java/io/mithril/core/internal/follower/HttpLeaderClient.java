package io.mithril.core.internal.follower;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mithril.domain.Certificate;
import io.mithril.domain.message.CertificateMessage;
import io.mithril.domain.message.EpochSettingsMessage;
import io.mithril.domain.message.MithrilJson;
import io.mithril.domain.message.ProtocolConfigurationMessage;

/**
 * The leader's REST API over the JDK HTTP client, as the reference's leader client: every request carries
 * {@code mithril-api-version} and times out after 30 s by default.
 */
public final class HttpLeaderClient implements LeaderApi {
    /** The OpenAPI version this aggregator serves (the reference sends its own). */
    static final String API_VERSION = "0.1.68";
    static final String API_VERSION_HEADER = "mithril-api-version";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final String base;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper json = MithrilJson.newObjectMapper();

    /** @param endpoint the leader's base URL, e.g. {@code http://localhost:8080/aggregator} */
    public HttpLeaderClient(String endpoint, Duration timeout) {
        this.base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public EpochSettingsMessage epochSettings() throws LeaderUnavailableException {
        return decode(get("/epoch-settings").orElseThrow(() -> notFound("/epoch-settings")),
                EpochSettingsMessage.class, "/epoch-settings");
    }

    @Override
    public ProtocolConfigurationMessage protocolConfiguration(long epoch) throws LeaderUnavailableException {
        String route = "/protocol-configuration/" + epoch;
        return decode(get(route).orElseThrow(() -> notFound(route)), ProtocolConfigurationMessage.class, route);
    }

    @Override
    public Optional<Certificate> genesisCertificate() throws LeaderUnavailableException {
        Optional<String> body = get("/certificate/genesis");
        if (body.isEmpty() || body.get().isBlank() || body.get().equals("null")) {
            return Optional.empty();
        }
        return Optional.of(decode(body.get(), CertificateMessage.class, "/certificate/genesis").toDomain());
    }

    @Override
    public Optional<String> latestCertificateHash() throws LeaderUnavailableException {
        JsonNode list = decode(get("/certificates").orElseThrow(() -> notFound("/certificates")), JsonNode.class,
                "/certificates");
        if (!list.isArray() || list.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(list.get(0).path("hash").asText());
    }

    @Override
    public Certificate certificate(String hash) throws LeaderUnavailableException {
        String route = "/certificate/" + hash;
        return decode(get(route).orElseThrow(() -> notFound(route)), CertificateMessage.class, route).toDomain();
    }

    /** The body of a 200; empty for a 404; any other answer is an error. */
    private Optional<String> get(String route) throws LeaderUnavailableException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + route)).timeout(timeout)
                .header(API_VERSION_HEADER, API_VERSION).header("accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LeaderUnavailableException("leader unreachable on GET " + route + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LeaderUnavailableException("interrupted on GET " + route, e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new LeaderUnavailableException("leader answered " + response.statusCode() + " on GET " + route);
        }
        return Optional.of(response.body());
    }

    private <T> T decode(String body, Class<T> type, String route) throws LeaderUnavailableException {
        try {
            return json.readValue(body, type);
        } catch (IOException | RuntimeException e) {
            throw new LeaderUnavailableException("undecodable answer of the leader on GET " + route + ": "
                    + e.getMessage(), e);
        }
    }

    private static LeaderUnavailableException notFound(String route) {
        return new LeaderUnavailableException("leader answered 404 on GET " + route);
    }

    /** The JDK's ConnectException has no message: name the class. */
    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
