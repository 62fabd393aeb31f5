package io.mithril.discovery.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mithril.discovery.AggregatorCapabilities;
import io.mithril.discovery.DiscoveryException;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads the {@code capabilities} of an {@code AggregatorFeaturesMessage}. Required: {@code signed_entity_types} (an
 * array of strings) and {@code aggregate_signature_type} (a string); unknown or discontinued type names are kept
 * aside, not rejected, so that an aggregator newer than this client stays usable for the types it shares.
 */
public final class FeaturesMessageParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeaturesMessageParser() {
    }

    public static AggregatorCapabilities capabilities(String body) throws DiscoveryException {
        JsonNode capabilities;
        try {
            capabilities = JSON.readTree(body).path("capabilities");
        } catch (JsonProcessingException e) {
            throw new DiscoveryException("the root document is not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode types = capabilities.path("signed_entity_types");
        JsonNode signatureType = capabilities.path("aggregate_signature_type");
        if (!types.isArray() || !signatureType.isTextual()) {
            throw new DiscoveryException("the root document has no capabilities.signed_entity_types array and "
                    + "capabilities.aggregate_signature_type string");
        }
        Set<SignedEntityTypeDiscriminant> known = EnumSet.noneOf(SignedEntityTypeDiscriminant.class);
        List<String> ignored = new ArrayList<>();
        for (JsonNode type : types) {
            Optional<SignedEntityTypeDiscriminant> discriminant = type.isTextual()
                    ? SignedEntityTypeDiscriminant.fromJsonName(type.asText()) : Optional.empty();
            if (discriminant.isPresent() && !discriminant.get().isDiscontinued()) {
                known.add(discriminant.get());
            } else {
                ignored.add(type.isTextual() ? type.asText() : type.toString());
            }
        }
        JsonNode maxHashes = capabilities.path("cardano_transactions_prover").path("max_hashes_allowed_by_request");
        return new AggregatorCapabilities(known, ignored, signatureType.asText(),
                maxHashes.canConvertToLong() && maxHashes.isIntegralNumber() ? OptionalLong.of(maxHashes.asLong())
                        : OptionalLong.empty());
    }
}
