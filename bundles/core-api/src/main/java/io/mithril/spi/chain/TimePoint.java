package io.mithril.spi.chain;

/**
 * Where the chain is now, as the aggregator's runtime sees it at one tick: the epoch, the number of the last
 * immutable file of the node database, and the chain point (tip).
 */
public record TimePoint(long epoch, long immutableFileNumber, ChainPoint chainPoint) {
}
