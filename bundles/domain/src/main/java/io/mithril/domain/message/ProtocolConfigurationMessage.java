package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET /protocol-configuration/{epoch}}: the settings stored for exactly that epoch. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProtocolConfigurationMessage(
        @JsonProperty("protocol_parameters") ProtocolParametersMessage protocolParameters,
        @JsonProperty("cardano_transactions_signing_config") @JsonInclude(JsonInclude.Include.NON_NULL)
        SigningConfigMessage cardanoTransactionsSigningConfig,
        @JsonProperty("cardano_blocks_transactions_signing_config") @JsonInclude(JsonInclude.Include.NON_NULL)
        SigningConfigMessage cardanoBlocksTransactionsSigningConfig,
        @JsonProperty("available_signed_entity_types") List<String> availableSignedEntityTypes) {
}
