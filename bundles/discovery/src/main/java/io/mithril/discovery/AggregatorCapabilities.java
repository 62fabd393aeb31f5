package io.mithril.discovery;

import io.mithril.discovery.internal.FeaturesMessageParser;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The {@code capabilities} of an aggregator's root document ({@code GET /aggregator/}, aggregator.md §1.2).
 *
 * @param signedEntityTypes            the advertised types this implementation knows and that are not discontinued
 * @param ignoredSignedEntityTypes     advertised names that are unknown here or discontinued (e.g.
 *                                     {@code CardanoImmutableFilesFull}): tolerated and never matched, as the
 *                                     reference decodes them as Unknown / Discontinued and ignores them
 * @param aggregateSignatureType       e.g. {@code Concatenation}; kept as written so an unknown future type is
 *                                     simply not equal to a required one
 * @param maxHashesAllowedByRequest    {@code cardano_transactions_prover.max_hashes_allowed_by_request}, present
 *                                     only when the aggregator certifies CardanoTransactions
 */
public record AggregatorCapabilities(Set<SignedEntityTypeDiscriminant> signedEntityTypes,
        List<String> ignoredSignedEntityTypes, String aggregateSignatureType, OptionalLong maxHashesAllowedByRequest) {
    /** The only aggregate signature type the reference produces today. */
    public static final String CONCATENATION = "Concatenation";

    public AggregatorCapabilities {
        signedEntityTypes = Set.copyOf(signedEntityTypes);
        ignoredSignedEntityTypes = List.copyOf(ignoredSignedEntityTypes);
        Objects.requireNonNull(aggregateSignatureType, "aggregateSignatureType");
        Objects.requireNonNull(maxHashesAllowedByRequest, "maxHashesAllowedByRequest");
    }

    /** The capabilities of an {@code AggregatorFeaturesMessage} (the body of {@code GET /aggregator/}). */
    public static AggregatorCapabilities fromFeaturesMessage(String json) throws DiscoveryException {
        return FeaturesMessageParser.capabilities(json);
    }
}
