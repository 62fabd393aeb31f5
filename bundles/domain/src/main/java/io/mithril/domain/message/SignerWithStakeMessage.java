package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.SignerWithStake;

/** A signer with its stake, as listed in a Mithril stake distribution message. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignerWithStakeMessage(
        @JsonProperty("party_id") String partyId,
        @JsonProperty("verification_key") String verificationKey,
        @JsonProperty("verification_key_signature") @JsonInclude(JsonInclude.Include.NON_NULL)
        String verificationKeySignature,
        @JsonProperty("operational_certificate") @JsonInclude(JsonInclude.Include.NON_NULL)
        String operationalCertificate,
        @JsonProperty("kes_period") @JsonInclude(JsonInclude.Include.NON_NULL) Long kesPeriod,
        @JsonProperty("stake") long stake) {

    public static SignerWithStakeMessage from(SignerWithStake s) {
        return new SignerWithStakeMessage(s.partyId(), s.verificationKey(), s.verificationKeySignature(),
                s.operationalCertificate(), s.kesPeriod(), s.stake());
    }

    public SignerWithStake toDomain() {
        return new SignerWithStake(partyId, verificationKey, verificationKeySignature, operationalCertificate,
                kesPeriod, stake);
    }
}
