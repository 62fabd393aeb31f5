package io.mithril.core.internal.runtime;

import io.mithril.spi.chain.ChainObserver;
import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.TimePoint;

/**
 * Where the chain is (the reference's ticker service): the epoch and the chain point are required; the last
 * immutable file number is 0 for observers that have no node database.
 */
public final class TimePointReader {
    private final ChainObserver chain;

    public TimePointReader(ChainObserver chain) {
        this.chain = chain;
    }

    public TimePoint read() throws ChainObserverException {
        long epoch = chain.currentEpoch()
                .orElseThrow(() -> new ChainObserverException("the chain observer returned no current epoch"));
        ChainPoint point = chain.currentChainPoint()
                .orElseThrow(() -> new ChainObserverException("the chain observer returned no chain point"));
        return new TimePoint(epoch, chain.lastImmutableFileNumber().orElse(0L), point);
    }
}
