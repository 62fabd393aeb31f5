package io.mithril.devnet.e2e;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.mithril.chain.devnet.DevnetChain;

/**
 * Wall-clock milliseconds for a {@link DevnetChain} that only move when told: the devnet's epochs then change on
 * demand, like the reference's stress tool rewriting its mock chain's epoch file.
 */
public final class ManualClock implements LongSupplier {
    private final AtomicLong now;

    public ManualClock(long startMillis) {
        this.now = new AtomicLong(startMillis);
    }

    @Override
    public long getAsLong() {
        return now.get();
    }

    /** Moves to the first instant of the epoch after the chain's current one. */
    public void nextEpoch(DevnetChain chain) {
        DevnetChain.Anchor anchor = chain.anchor();
        long epochs = chain.currentEpoch() + 1 - anchor.epoch();
        now.set(anchor.timeMillis() + epochs * anchor.epochDurationMillis());
    }
}
