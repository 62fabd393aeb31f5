package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import java.util.List;

/**
 * {@code POST /register-signatures} body. {@code entity_type} is kept as raw JSON because the aggregator answers
 * differently for a discontinued type (410) and an unknown or malformed one (400): see {@link #classifyEntityType()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisterSignatureMessage(
        @JsonProperty("entity_type") JsonNode entityType,
        @JsonProperty("party_id") String partyId,
        @JsonProperty("signature") String signature,
        @JsonProperty("indexes") List<Long> indexes,
        @JsonProperty("signed_message") String signedMessage) {

    /** How the aggregator treats {@code entity_type} (aggregator.md §1.4 step 2). */
    public enum EntityTypeClass {
        KNOWN, DISCONTINUED, UNKNOWN
    }

    @JsonIgnore
    public EntityTypeClass classifyEntityType() {
        if (entityType != null && entityType.isObject() && entityType.size() == 1
                && entityType.has(SignedEntityTypeDiscriminant.CARDANO_IMMUTABLE_FILES_FULL.jsonName())) {
            return EntityTypeClass.DISCONTINUED;
        }
        try {
            SignedEntityTypeJson.fromJson(entityType);
            return EntityTypeClass.KNOWN;
        } catch (IllegalArgumentException e) {
            return EntityTypeClass.UNKNOWN;
        }
    }

    /**
     * @throws IllegalArgumentException unless {@link #classifyEntityType()} is {@code KNOWN}
     */
    @JsonIgnore
    public SignedEntityType signedEntityType() {
        if (classifyEntityType() != EntityTypeClass.KNOWN) {
            throw new IllegalArgumentException("not a signable entity type: " + entityType);
        }
        return SignedEntityTypeJson.fromJson(entityType);
    }
}
