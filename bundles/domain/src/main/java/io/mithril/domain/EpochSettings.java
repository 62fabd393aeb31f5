package io.mithril.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Settings the aggregator records per epoch: protocol parameters and the signing configurations of the Cardano
 * transactions types (absent when that type is not signed).
 */
public record EpochSettings(ProtocolParameters protocolParameters, SigningConfig cardanoTransactionsSigningConfig,
                            SigningConfig cardanoBlocksTransactionsSigningConfig) {

    public EpochSettings {
        Objects.requireNonNull(protocolParameters, "protocol parameters");
    }

    public Optional<SigningConfig> cardanoTransactions() {
        return Optional.ofNullable(cardanoTransactionsSigningConfig);
    }

    public Optional<SigningConfig> cardanoBlocksTransactions() {
        return Optional.ofNullable(cardanoBlocksTransactionsSigningConfig);
    }
}
