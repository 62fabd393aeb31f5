package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code POST /register-signer} body. {@code epoch} is the recording epoch (aggregator epoch + 1); {@code kes_period}
 * holds KES evolutions, not an absolute period (aggregator.md §1.3).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisterSignerMessage(
        @JsonProperty("epoch") long epoch,
        @JsonProperty("party_id") String partyId,
        @JsonProperty("verification_key") String verificationKey,
        @JsonProperty("verification_key_signature") @JsonInclude(JsonInclude.Include.NON_NULL)
        String verificationKeySignature,
        @JsonProperty("operational_certificate") @JsonInclude(JsonInclude.Include.NON_NULL)
        String operationalCertificate,
        @JsonProperty("kes_period") @JsonInclude(JsonInclude.Include.NON_NULL) Long kesPeriod) {
}
