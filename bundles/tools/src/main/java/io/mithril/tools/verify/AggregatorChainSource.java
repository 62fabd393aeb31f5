package io.mithril.tools.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mithril.domain.message.CertificateMessage;
import io.mithril.domain.message.MithrilJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An aggregator's REST API: the starting points are the latest certificates ({@code GET /certificates}), each
 * certificate is fetched once by {@code GET /certificate/{hash}}, and the artifacts are the latest ones of every type
 * the aggregator advertises in {@code GET /} that this tool knows.
 */
public final class AggregatorChainSource implements ChainSource {
    private static final ObjectMapper JSON = MithrilJson.newObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String endpoint;
    private final HttpClient client;
    private final Map<String, Optional<CertificateMessage>> fetched = new HashMap<>();
    private final List<String> unknownTypes = new ArrayList<>();

    /** @param endpoint e.g. {@code http://localhost:8080/aggregator} */
    public AggregatorChainSource(URI endpoint, HttpClient client) {
        String text = endpoint.toString();
        this.endpoint = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.client = client;
    }

    public static AggregatorChainSource of(URI endpoint) {
        return new AggregatorChainSource(endpoint, HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build());
    }

    @Override
    public List<String> startingCertificates() throws IOException {
        List<String> hashes = new ArrayList<>();
        for (JsonNode item : get("/certificates").orElseThrow(() -> new IOException("GET /certificates: 404"))) {
            hashes.add(item.path("hash").asText());
        }
        return hashes;
    }

    @Override
    public Optional<CertificateMessage> certificate(String hash) throws IOException {
        Optional<CertificateMessage> known = fetched.get(hash);
        if (known != null) {
            return known;
        }
        Optional<JsonNode> node = get("/certificate/" + URLEncoder.encode(hash, StandardCharsets.UTF_8));
        Optional<CertificateMessage> certificate;
        try {
            certificate = node.map(n -> JSON.convertValue(n, CertificateMessage.class));
        } catch (IllegalArgumentException e) {
            throw new IOException("certificate " + hash + " cannot be decoded: " + e.getMessage(), e);
        }
        fetched.put(hash, certificate);
        return certificate;
    }

    @Override
    public List<ServedArtifact> artifacts() throws IOException {
        JsonNode types = get("/").orElseThrow(() -> new IOException("GET /: 404"))
                .path("capabilities").path("signed_entity_types");
        List<ServedArtifact> artifacts = new ArrayList<>();
        for (JsonNode type : types) {
            Optional<ArtifactKind> kind = ArtifactKind.ofDiscriminant(type.asText());
            if (kind.isEmpty()) {
                unknownTypes.add(type.asText());
                continue;
            }
            for (JsonNode item : get(kind.get().listRoute()).orElseThrow(
                    () -> new IOException("GET " + kind.get().listRoute() + ": 404"))) {
                String hash = item.path("hash").asText();
                JsonNode detail = get(kind.get().detailRoute(URLEncoder.encode(hash, StandardCharsets.UTF_8)))
                        .orElseThrow(() -> new IOException(kind.get().discriminant() + " " + hash
                                + " is listed but its detail route answers 404"));
                artifacts.add(new ServedArtifact(kind.get(), hash, detail));
            }
        }
        return artifacts;
    }

    /** Advertised signed entity types whose artifacts this tool cannot check (after {@link #artifacts()}). */
    public List<String> unknownTypes() {
        return List.copyOf(unknownTypes);
    }

    @Override
    public String describe() {
        return endpoint;
    }

    /** The JSON body of a 200, empty for a 404; anything else is an error. */
    private Optional<JsonNode> get(String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + path)).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + request.uri(), e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException("GET " + request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return Optional.of(JSON.readTree(response.body()));
    }
}
