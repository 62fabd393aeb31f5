package io.mithril.spi.chain;

/**
 * A point of the Cardano chain: slot, block number and block hash (hex). The hash may be empty when the observer
 * cannot tell it (the reference's cardano-cli contract, aggregator.md §8).
 */
public record ChainPoint(long slotNumber, long blockNumber, String blockHash) {
    public ChainPoint {
        blockHash = blockHash == null ? "" : blockHash;
    }
}
