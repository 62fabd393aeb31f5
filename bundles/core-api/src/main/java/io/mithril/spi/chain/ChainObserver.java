package io.mithril.spi.chain;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What the aggregator needs to know about the Cardano chain (aggregator.md §8). Register the implementation as an
 * OSGi service with the property {@value #TYPE_PROPERTY}; the aggregator uses the one whose type equals the
 * configured <code>chain_observer_type</code>.
 */
@ConsumerType
public interface ChainObserver {
    /** Service property naming the observer kind, e.g. <code>devnet</code>, <code>cardano-cli</code>. */
    String TYPE_PROPERTY = "chain.observer.type";

    /** The current epoch, or empty when the node cannot tell yet. */
    Optional<Long> currentEpoch() throws ChainObserverException;

    /** The current tip, or empty when unknown. */
    Optional<ChainPoint> currentChainPoint() throws ChainObserverException;

    /** The Cardano era name as the reference reports it in <code>/status</code> (e.g. <code>Conway</code>). */
    String currentEra() throws ChainObserverException;

    /** The "mark" stake distribution of the current epoch, or empty when unknown. */
    Optional<StakeDistribution> currentStakeDistribution() throws ChainObserverException;

    /** The current KES period, or empty when unknown. */
    Optional<Long> currentKesPeriod() throws ChainObserverException;

    /** Inline datums of the UTxOs at an address (era markers). */
    List<TxDatum> currentDatums(String address) throws ChainObserverException;

    /**
     * Blocks from a point (exclusive; empty = from genesis). Observers that cannot stream blocks throw
     * {@link UnsupportedOperationException}.
     */
    default BlockStream blockStream(Optional<ChainPoint> from) throws ChainObserverException {
        throw new UnsupportedOperationException("this chain observer does not stream blocks");
    }

    /** The number of the last immutable file of the node database, or empty when this observer has none. */
    default Optional<Long> lastImmutableFileNumber() throws ChainObserverException {
        return Optional.empty();
    }
}
