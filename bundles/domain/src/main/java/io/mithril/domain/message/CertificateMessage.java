package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mithril.domain.Certificate;
import io.mithril.domain.CertificateSignature;
import io.mithril.domain.Epoch;
import io.mithril.domain.JsonHex;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.internal.StmKeyTexts;

/**
 * {@code GET /certificate/{hash}}. Hex fields are kept verbatim. A message is a genesis certificate iff
 * {@code genesis_signature} is non-empty (certificates.md §1).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateMessage(
        @JsonProperty("hash") String hash,
        @JsonProperty("previous_hash") String previousHash,
        @JsonProperty("epoch") long epoch,
        @JsonProperty("signed_entity_type")
        @JsonSerialize(using = SignedEntityTypeJson.Serializer.class)
        @JsonDeserialize(using = SignedEntityTypeJson.Deserializer.class) SignedEntityType signedEntityType,
        @JsonProperty("metadata") CertificateMetadataMessage metadata,
        @JsonProperty("protocol_message")
        @JsonSerialize(using = ProtocolMessageJson.Serializer.class)
        @JsonDeserialize(using = ProtocolMessageJson.Deserializer.class) ProtocolMessage protocolMessage,
        @JsonProperty("signed_message") String signedMessage,
        @JsonProperty("aggregate_verification_key") String aggregateVerificationKey,
        @JsonProperty("ancillary_prover_data") @JsonInclude(JsonInclude.Include.NON_NULL) String ancillaryProverData,
        @JsonProperty("ancillary_verifier_data") @JsonInclude(JsonInclude.Include.NON_NULL)
        String ancillaryVerifierData,
        @JsonProperty("multi_signature") String multiSignature,
        @JsonProperty("genesis_signature") String genesisSignature) {

    @JsonIgnore
    public boolean isGenesis() {
        return genesisSignature != null && !genesisSignature.isEmpty();
    }

    public static CertificateMessage from(Certificate c) {
        String multi = "";
        String genesis = "";
        if (c.signature() instanceof CertificateSignature.MultiSignature m) {
            multi = m.multiSignature();
        } else {
            genesis = c.signature().hashedText();
        }
        return new CertificateMessage(c.hash(), c.previousHash(), c.epoch().value(), c.signedEntityType(),
                CertificateMetadataMessage.from(c.metadata()), c.protocolMessage(), c.signedMessage(),
                c.aggregateVerificationKey(), c.ancillaryProverData(), c.ancillaryVerifierData(), multi, genesis);
    }

    /**
     * The domain certificate. JSON-hex AVK and multi-signature are kept verbatim (the hash feeds that text); bytes-hex
     * ones are converted to the JSON-hex the reference would hash.
     *
     * @throws IllegalArgumentException when the genesis signature is neither raw hex nor JSON-hex of 64 bytes, or a
     *                                  standard certificate lacks its signed entity type
     */
    public Certificate toDomain() {
        CertificateSignature signature;
        if (isGenesis()) {
            signature = new CertificateSignature.GenesisSignature(
                    JsonHex.decodeFixedSize(genesisSignature, CertificateSignature.GenesisSignature.LENGTH));
        } else {
            if (signedEntityType == null) {
                throw new IllegalArgumentException("standard certificate without signed_entity_type");
            }
            signature = new CertificateSignature.MultiSignature(signedEntityType,
                    StmKeyTexts.multiSignatureJsonHex(multiSignature == null ? "" : multiSignature));
        }
        return new Certificate(hash, previousHash, Epoch.of(epoch), metadata.toDomain(), protocolMessage,
                signedMessage, StmKeyTexts.aggregateVerificationKeyJsonHex(aggregateVerificationKey), signature,
                ancillaryProverData, ancillaryVerifierData);
    }
}
