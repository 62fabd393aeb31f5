package io.mithril.crypto.merkle.internal;

/**
 * Position arithmetic of a Merkle Mountain Range with 0-based positions in insertion order (ckb-merkle-mountain-range
 * conventions): a leaf is followed by the parents it completes.
 */
public final class MmrMath {
    private MmrMath() {
    }

    /** Number of nodes of an MMR holding {@code leaves} leaves. */
    public static long mmrSize(long leaves) {
        return 2 * leaves - Long.bitCount(leaves);
    }

    /** Position of leaf number {@code index}. */
    public static long leafPosition(long index) {
        return 2 * index - Long.bitCount(index);
    }

    /** Height of the node at {@code pos} (0 for a leaf). */
    public static int height(long pos) {
        long x = pos + 1; // 1-based: perfect-tree roots are all-ones numbers
        while (!allOnes(x)) {
            x -= (Long.highestOneBit(x) - 1);
        }
        return 63 - Long.numberOfLeadingZeros(x);
    }

    /** Index of the node at {@code pos} among the nodes of its height, in left-to-right order. */
    public static long indexInLevel(long pos, int height) {
        // Node j of height h sits at pos = (j+1)·2^(h+1) − popcount(j) − 2: solve for j from an estimate.
        long target = pos + 2;
        long j = Math.max(0, (target >>> (height + 1)) - 1);
        while (nodePositionPlusTwo(j + 1, height) <= target) {
            j++;
        }
        while (j > 0 && nodePositionPlusTwo(j, height) > target) {
            j--;
        }
        return j;
    }

    private static long nodePositionPlusTwo(long j, int height) {
        return ((j + 1) << (height + 1)) - Long.bitCount(j);
    }

    public static long siblingOffset(int height) {
        return (2L << height) - 1;
    }

    public static long parentOffset(int height) {
        return 2L << height;
    }

    /**
     * Positions of the peaks, left to right, of an MMR of {@code mmrSize} nodes; {@code null} if no MMR has that
     * size.
     */
    public static long[] peaks(long mmrSize) {
        long[] out = new long[64];
        int count = 0;
        long offset = 0;
        long remaining = mmrSize;
        for (int h = 62; h >= 0; h--) {
            long treeSize = (1L << (h + 1)) - 1;
            if (remaining >= treeSize) {
                out[count++] = offset + treeSize - 1;
                offset += treeSize;
                remaining -= treeSize;
            }
        }
        return remaining == 0 ? java.util.Arrays.copyOf(out, count) : null;
    }

    private static boolean allOnes(long x) {
        return (x & (x + 1)) == 0;
    }
}
