package io.mithril.devnet;

import io.mithril.spi.chain.StakeDistribution;

/**
 * What a signer reads from its own Cardano node: the epoch, the KES period and the stake distribution. The simulated
 * signers read the same devnet chain as the aggregator, as real signers and aggregators read the same Cardano chain.
 */
public interface ChainView {
    /** @throws ChainViewException when the chain cannot tell */
    long currentEpoch() throws ChainViewException;

    /** The absolute KES period of the tip. */
    long currentKesPeriod() throws ChainViewException;

    /** The "mark" stake distribution of the current epoch (pool id → lovelace). */
    StakeDistribution currentStakeDistribution() throws ChainViewException;

    /** The chain could not answer (node down, misconfigured…); the simulator retries on its next cycle. */
    final class ChainViewException extends Exception {
        private static final long serialVersionUID = 1L;

        public ChainViewException(String message, Throwable cause) {
            super(message, cause);
        }

        public ChainViewException(String message) {
            super(message);
        }
    }
}
