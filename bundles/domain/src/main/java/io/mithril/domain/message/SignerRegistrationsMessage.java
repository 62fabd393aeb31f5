package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET /signers/registered/{epoch}}: signers registered at {@code registered_at}, signing at + 2. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignerRegistrationsMessage(
        @JsonProperty("registered_at") long registeredAt,
        @JsonProperty("signing_at") long signingAt,
        @JsonProperty("registrations") List<StakeDistributionPartyMessage> registrations) {
}
