package io.mithril.crypto.merkle;

import java.nio.charset.StandardCharsets;

/**
 * A half-open range of block numbers {@code [start, end)}, the key of Mithril's transaction/block Merkle maps.
 * Ordered by start then end; its Merkle key bytes are the ASCII {@code "start-end"} (cardano-data.md §0.2, §3.2).
 */
public record BlockRange(long start, long end) implements Comparable<BlockRange> {
    /** Blocks per range in the reference ({@code BlockRange::LENGTH}). */
    public static final long LENGTH = 15;

    public BlockRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid block range [" + start + ", " + end + ")");
        }
    }

    /** The standard 15-block range containing {@code blockNumber}. */
    public static BlockRange containing(long blockNumber) {
        long start = Math.floorDiv(blockNumber, LENGTH) * LENGTH;
        return new BlockRange(start, start + LENGTH);
    }

    /** The Merkle node of the key: ASCII {@code "start-end"}. */
    public MKTreeNode toTreeNode() {
        return MKTreeNode.wrap((start + "-" + end).getBytes(StandardCharsets.US_ASCII));
    }

    public boolean contains(long blockNumber) {
        return blockNumber >= start && blockNumber < end;
    }

    @Override
    public int compareTo(BlockRange o) {
        int c = Long.compare(start, o.start);
        return c != 0 ? c : Long.compare(end, o.end);
    }
}
