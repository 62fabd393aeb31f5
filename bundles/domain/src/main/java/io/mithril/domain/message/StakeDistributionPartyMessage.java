package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.StakeDistributionParty;

/** A certificate signer: {@code {"party_id": "...", "stake": n}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StakeDistributionPartyMessage(@JsonProperty("party_id") String partyId,
                                            @JsonProperty("stake") long stake) {

    public static StakeDistributionPartyMessage from(StakeDistributionParty party) {
        return new StakeDistributionPartyMessage(party.partyId(), party.stake());
    }

    public StakeDistributionParty toDomain() {
        return new StakeDistributionParty(partyId, stake);
    }
}
