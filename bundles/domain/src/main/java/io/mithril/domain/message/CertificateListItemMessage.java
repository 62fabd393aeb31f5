package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mithril.domain.Certificate;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.SignedEntityType;

/** An item of {@code GET /certificates}: the detail minus signatures, with the signer count. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateListItemMessage(
        @JsonProperty("hash") String hash,
        @JsonProperty("previous_hash") String previousHash,
        @JsonProperty("epoch") long epoch,
        @JsonProperty("signed_entity_type")
        @JsonSerialize(using = SignedEntityTypeJson.Serializer.class)
        @JsonDeserialize(using = SignedEntityTypeJson.Deserializer.class) SignedEntityType signedEntityType,
        @JsonProperty("metadata") CertificateListItemMetadataMessage metadata,
        @JsonProperty("protocol_message")
        @JsonSerialize(using = ProtocolMessageJson.Serializer.class)
        @JsonDeserialize(using = ProtocolMessageJson.Deserializer.class) ProtocolMessage protocolMessage,
        @JsonProperty("signed_message") String signedMessage,
        @JsonProperty("aggregate_verification_key") String aggregateVerificationKey) {

    public static CertificateListItemMessage from(Certificate c) {
        return new CertificateListItemMessage(c.hash(), c.previousHash(), c.epoch().value(), c.signedEntityType(),
                CertificateListItemMetadataMessage.from(c.metadata()), c.protocolMessage(), c.signedMessage(),
                c.aggregateVerificationKey());
    }
}
