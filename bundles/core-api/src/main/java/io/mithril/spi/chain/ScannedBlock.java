package io.mithril.spi.chain;

import java.util.List;

/** A block read from the chain with the hashes of its transactions (hex, Blake2b-256 of the original bytes). */
public record ScannedBlock(String blockHash, long blockNumber, long slotNumber, List<String> transactionHashes) {
    public ScannedBlock {
        transactionHashes = List.copyOf(transactionHashes);
    }
}
