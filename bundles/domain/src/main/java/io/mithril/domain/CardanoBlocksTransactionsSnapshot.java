package io.mithril.domain;

import io.mithril.domain.internal.HashFeed;
import java.util.Objects;

/**
 * The Cardano blocks and transactions (v2) artifact: the Merkle root of blocks and transactions up to
 * {@code blockNumberSigned}; {@code blockNumberTip} = signed + the certified offset from the tip.
 */
public record CardanoBlocksTransactionsSnapshot(String merkleRoot, Epoch epoch, long blockNumberSigned,
                                                long blockNumberTip) implements Artifact {

    public CardanoBlocksTransactionsSnapshot {
        Objects.requireNonNull(merkleRoot, "merkle_root");
        Objects.requireNonNull(epoch, "epoch");
    }

    /** {@code hex(SHA-256(merkle_root text ‖ u64 block_number_signed ‖ u64 block_number_tip))}. */
    @Override
    public String computeHash() {
        return HashFeed.sha256().utf8(merkleRoot).u64(blockNumberSigned).u64(blockNumberTip).hex();
    }

    public long blockNumberOffset() {
        return blockNumberTip - blockNumberSigned;
    }

    @Override
    public SignedEntityType signedEntityType() {
        return new SignedEntityType.CardanoBlocksTransactions(epoch, blockNumberSigned, blockNumberOffset());
    }
}
