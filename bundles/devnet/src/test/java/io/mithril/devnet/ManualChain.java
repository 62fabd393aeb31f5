package io.mithril.devnet;

import io.mithril.spi.chain.StakeDistribution;

/** A chain whose epoch and KES period the test sets. */
public final class ManualChain implements ChainView {
    volatile long epoch;
    volatile long kesPeriod;
    final StakeDistribution stakes;

    public ManualChain(long epoch, long kesPeriod, StakeDistribution stakes) {
        this.epoch = epoch;
        this.kesPeriod = kesPeriod;
        this.stakes = stakes;
    }

    @Override
    public long currentEpoch() {
        return epoch;
    }

    @Override
    public long currentKesPeriod() {
        return kesPeriod;
    }

    @Override
    public StakeDistribution currentStakeDistribution() {
        return stakes;
    }
}
