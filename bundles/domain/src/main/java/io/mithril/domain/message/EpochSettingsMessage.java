package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code GET /epoch-settings}. {@code signer_registration_protocol} (deprecated) holds the parameters stored under
 * epoch + 1; {@code cardano_transactions_signing_config} is present only when CardanoTransactions is signed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EpochSettingsMessage(
        @JsonProperty("epoch") long epoch,
        @JsonProperty("signer_registration_protocol") @JsonInclude(JsonInclude.Include.NON_NULL)
        ProtocolParametersMessage signerRegistrationProtocol,
        @JsonProperty("current_signers") List<SignerMessage> currentSigners,
        @JsonProperty("next_signers") List<SignerMessage> nextSigners,
        @JsonProperty("cardano_transactions_signing_config") @JsonInclude(JsonInclude.Include.NON_NULL)
        SigningConfigMessage cardanoTransactionsSigningConfig) {
}
