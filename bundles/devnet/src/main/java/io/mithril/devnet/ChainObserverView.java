package io.mithril.devnet;

import java.util.Objects;

import io.mithril.spi.chain.ChainObserver;
import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.StakeDistribution;

/** A {@link ChainView} over a chain observer (in the devnet: the devnet chain observer service). */
public final class ChainObserverView implements ChainView {
    private final ChainObserver observer;

    public ChainObserverView(ChainObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    @Override
    public long currentEpoch() throws ChainViewException {
        try {
            return observer.currentEpoch().orElseThrow(() -> new ChainViewException("the chain has no epoch yet"));
        } catch (ChainObserverException e) {
            throw new ChainViewException("cannot read the current epoch: " + e.getMessage(), e);
        }
    }

    @Override
    public long currentKesPeriod() throws ChainViewException {
        try {
            return observer.currentKesPeriod().orElseThrow(() -> new ChainViewException("the chain has no KES period"));
        } catch (ChainObserverException e) {
            throw new ChainViewException("cannot read the KES period: " + e.getMessage(), e);
        }
    }

    @Override
    public StakeDistribution currentStakeDistribution() throws ChainViewException {
        try {
            return observer.currentStakeDistribution()
                    .orElseThrow(() -> new ChainViewException("the chain has no stake distribution"));
        } catch (ChainObserverException e) {
            throw new ChainViewException("cannot read the stake distribution: " + e.getMessage(), e);
        }
    }
}
