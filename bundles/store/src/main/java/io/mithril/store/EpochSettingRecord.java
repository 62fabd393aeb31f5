package io.mithril.store;

/**
 * A row of <code>epoch_setting</code> (keyed by epoch; see aggregator.md §2.2 for which epoch's row is used for what).
 *
 * @param protocolParameters JSON <code>{"k","m","phi_f"}</code>
 * @param cardanoTransactionsSigningConfig JSON or {@code null}
 * @param cardanoBlocksTransactionsSigningConfig JSON or {@code null}
 */
public record EpochSettingRecord(long epoch, String protocolParameters, String cardanoTransactionsSigningConfig,
        String cardanoBlocksTransactionsSigningConfig) {
}
