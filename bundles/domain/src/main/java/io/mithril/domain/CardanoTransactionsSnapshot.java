package io.mithril.domain;

import io.mithril.domain.internal.HashFeed;
import java.util.Objects;

/** The legacy (v1) Cardano transactions artifact: the Merkle root of the transactions up to {@code blockNumber}. */
public record CardanoTransactionsSnapshot(String merkleRoot, Epoch epoch, long blockNumber) implements Artifact {

    public CardanoTransactionsSnapshot {
        Objects.requireNonNull(merkleRoot, "merkle_root");
        Objects.requireNonNull(epoch, "epoch");
    }

    /** {@code hex(SHA-256(merkle_root text ‖ u64 block_number))}. */
    @Override
    public String computeHash() {
        return HashFeed.sha256().utf8(merkleRoot).u64(blockNumber).hex();
    }

    @Override
    public SignedEntityType signedEntityType() {
        return new SignedEntityType.CardanoTransactions(epoch, blockNumber);
    }
}
