package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /status}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AggregatorStatusMessage(
        @JsonProperty("epoch") long epoch,
        @JsonProperty("cardano_era") String cardanoEra,
        @JsonProperty("cardano_network") String cardanoNetwork,
        @JsonProperty("mithril_era") String mithrilEra,
        @JsonProperty("cardano_node_version") String cardanoNodeVersion,
        @JsonProperty("aggregator_node_version") String aggregatorNodeVersion,
        @JsonProperty("protocol") ProtocolParametersMessage protocol,
        @JsonProperty("next_protocol") ProtocolParametersMessage nextProtocol,
        @JsonProperty("total_signers") long totalSigners,
        @JsonProperty("total_next_signers") long totalNextSigners,
        @JsonProperty("total_stakes_signers") long totalStakesSigners,
        @JsonProperty("total_next_stakes_signers") long totalNextStakesSigners,
        @JsonProperty("total_cardano_spo") long totalCardanoSpo,
        @JsonProperty("total_cardano_stake") long totalCardanoStake) {
}
