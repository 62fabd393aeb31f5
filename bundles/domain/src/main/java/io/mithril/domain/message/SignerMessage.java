package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.Signer;

/** A signer as listed by {@code /epoch-settings}; optional fields are omitted when absent. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignerMessage(
        @JsonProperty("party_id") String partyId,
        @JsonProperty("verification_key") String verificationKey,
        @JsonProperty("verification_key_signature") @JsonInclude(JsonInclude.Include.NON_NULL)
        String verificationKeySignature,
        @JsonProperty("operational_certificate") @JsonInclude(JsonInclude.Include.NON_NULL)
        String operationalCertificate,
        @JsonProperty("kes_period") @JsonInclude(JsonInclude.Include.NON_NULL) Long kesPeriod) {

    public static SignerMessage from(Signer s) {
        return new SignerMessage(s.partyId(), s.verificationKey(), s.verificationKeySignature(),
                s.operationalCertificate(), s.kesPeriod());
    }

    public Signer toDomain() {
        return new Signer(partyId, verificationKey, verificationKeySignature, operationalCertificate, kesPeriod);
    }
}
