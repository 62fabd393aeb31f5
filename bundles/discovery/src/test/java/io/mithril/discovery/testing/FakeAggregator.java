package io.mithril.discovery.testing;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A loopback server whose {@code GET /aggregator/} answers an {@code AggregatorFeaturesMessage} with the given
 * capabilities, shaped as the reference serves it (aggregator.md §1.2): only the discovery route, nothing else.
 */
public final class FakeAggregator implements AutoCloseable {
    public static final String FEATURES_PATH = "/aggregator/";

    private final StaticHttpServer server;

    private FakeAggregator(StaticHttpServer server) {
        this.server = server;
    }

    /** Advertises these signed entity type names with the Concatenation aggregate signature. */
    public static FakeAggregator advertising(String... signedEntityTypes) throws IOException {
        return answering(200, featuresMessage(List.of(signedEntityTypes), "Concatenation", null));
    }

    /** Answers {@code GET /aggregator/} with this status and body. */
    public static FakeAggregator answering(int status, String body) throws IOException {
        return new FakeAggregator(StaticHttpServer.start().serve(FEATURES_PATH, status, body));
    }

    /** The JSON body of {@code GET /aggregator/}; {@code maxHashes} null leaves out the CTx prover entry. */
    public static String featuresMessage(List<String> signedEntityTypes, String aggregateSignatureType,
            Long maxHashes) {
        String types = signedEntityTypes.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(","));
        String prover = maxHashes == null ? ""
                : ",\"cardano_transactions_prover\":{\"max_hashes_allowed_by_request\":" + maxHashes + "}";
        return "{\"open_api_version\":\"0.1.68\",\"documentation_url\":\"https://mithril.network\","
                + "\"capabilities\":{\"signed_entity_types\":[" + types + "],\"aggregate_signature_type\":\""
                + aggregateSignatureType + "\"" + prover + "}}";
    }

    /** The endpoint, as networks.json lists it: {@code http://127.0.0.1:port/aggregator}. */
    public String endpoint() {
        return server.url("/aggregator");
    }

    /** How many times {@code GET /aggregator/} was asked. */
    public int probes() {
        return server.requests(FEATURES_PATH);
    }

    @Override
    public void close() {
        server.close();
    }
}
