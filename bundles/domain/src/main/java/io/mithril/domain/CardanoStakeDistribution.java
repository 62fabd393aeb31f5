package io.mithril.domain;

import io.mithril.crypto.merkle.MKTree;
import io.mithril.crypto.merkle.MKTreeNode;
import io.mithril.domain.internal.HashFeed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Cardano stake distribution artifact: pool id (bech32) to stake for {@code epoch}. Certified at epoch + 1.
 * Pools are kept in pool-id byte order (the reference's BTreeMap order), which both hashes depend on.
 */
public record CardanoStakeDistribution(Epoch epoch, SortedMap<String, Long> stakeDistribution) implements Artifact {

    public CardanoStakeDistribution {
        Objects.requireNonNull(epoch, "epoch");
        TreeMap<String, Long> sorted = new TreeMap<>(Utf8Order.INSTANCE);
        sorted.putAll(stakeDistribution);
        stakeDistribution = Collections.unmodifiableSortedMap(sorted);
    }

    public static CardanoStakeDistribution of(Epoch epoch, Map<String, Long> stakes) {
        TreeMap<String, Long> sorted = new TreeMap<>(Utf8Order.INSTANCE);
        sorted.putAll(stakes);
        return new CardanoStakeDistribution(epoch, sorted);
    }

    /** {@code hex(SHA-256(u64 epoch ‖ for each pool in order: pool_id ‖ u64 stake))}. */
    @Override
    public String computeHash() {
        HashFeed feed = HashFeed.sha256().u64(epoch.value());
        stakeDistribution.forEach((pool, stake) -> feed.utf8(pool).u64(stake));
        return feed.hex();
    }

    /** The leaves of the Merkle tree of {@code cardano_stake_distribution_merkle_root}: ASCII {@code pool_id + stake}. */
    public List<byte[]> merkleLeaves() {
        List<byte[]> leaves = new ArrayList<>(stakeDistribution.size());
        stakeDistribution.forEach((pool, stake) ->
                leaves.add((pool + Long.toUnsignedString(stake)).getBytes(StandardCharsets.UTF_8)));
        return leaves;
    }

    /**
     * The {@code cardano_stake_distribution_merkle_root} part: hex of the MKTree (MMR, Blake2s) root over
     * {@link #merkleLeaves()}.
     *
     * @throws IllegalStateException for an empty distribution (an empty tree has no root)
     */
    public String computeMerkleRoot() {
        if (stakeDistribution.isEmpty()) {
            throw new IllegalStateException("an empty stake distribution has no Merkle root");
        }
        return MKTree.of(merkleLeaves().stream().map(MKTreeNode::of).toList()).root().toHex();
    }

    @Override
    public SignedEntityType signedEntityType() {
        return new SignedEntityType.CardanoStakeDistribution(epoch);
    }
}
