package io.mithril.crypto.stm;

import io.mithril.crypto.stm.internal.Blake2b256;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The registration Merkle tree (Blake2b-256), in the reference's heap layout: {@code P = nextPowerOfTwo(n)}, leaf j at
 * node {@code P - 1 + j}, children of node i at {@code 2i+1} and {@code 2i+2}; a child beyond the last node counts as
 * {@code Z = Blake2b-256(0x00)}; an internal node whose children are both absent is {@code Blake2b-256(Z || Z)}.
 */
public final class MerkleTree {
    /** The hash standing for an absent child. */
    static final byte[] EMPTY_CHILD = Blake2b256.hash(new byte[] {0});

    private final byte[][] nodes;
    private final int leafCount;
    private final int firstLeaf;

    /** Builds the tree over the leaf bytes in order (at least one leaf). */
    public MerkleTree(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            throw new IllegalArgumentException("a Merkle tree needs at least one leaf");
        }
        leafCount = leaves.size();
        int p = nextPowerOfTwo(leafCount);
        firstLeaf = p - 1;
        nodes = new byte[leafCount + p - 1][];
        for (int j = 0; j < leafCount; j++) {
            nodes[firstLeaf + j] = Blake2b256.hash(leaves.get(j));
        }
        for (int i = p - 2; i >= 0; i--) {
            nodes[i] = Blake2b256.hash(node(2 * i + 1), node(2 * i + 2));
        }
    }

    public byte[] root() {
        return nodes[0].clone();
    }

    public int leafCount() {
        return leafCount;
    }

    /**
     * The batch path proving the leaves at {@code positions} (sorted ascending, each below the leaf count): the sibling
     * hashes not computable from the proven leaves, level by level.
     */
    public MerkleBatchPath batchPath(long[] positions) {
        if (positions.length == 0) {
            throw new IllegalArgumentException("a batch path needs at least one position");
        }
        long[] current = new long[positions.length];
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] < 0 || positions[i] >= leafCount || (i > 0 && positions[i] < positions[i - 1])) {
                throw new IllegalArgumentException("positions must be sorted leaf positions");
            }
            current[i] = firstLeaf + positions[i];
        }
        List<byte[]> values = new ArrayList<>();
        while (!contains(current, 0)) {
            long[] parents = new long[current.length];
            int count = 0;
            for (int i = 0; i < current.length; i++) {
                parents[count++] = parent(current[i]);
                long sibling = sibling(current[i]);
                if (i < current.length - 1 && current[i + 1] == sibling) {
                    i++;
                } else if (sibling < nodes.length) {
                    values.add(nodes[(int) sibling].clone());
                }
            }
            current = Arrays.copyOf(parents, count);
        }
        return new MerkleBatchPath(values, positions);
    }

    private byte[] node(int i) {
        return i < nodes.length ? nodes[i] : EMPTY_CHILD;
    }

    static long parent(long node) {
        return (node - 1) / 2;
    }

    static long sibling(long node) {
        return (node & 1) == 1 ? node + 1 : node - 1;
    }

    /** next_power_of_two as in Rust (1 for 0 and 1). */
    static long nextPowerOfTwo(long n) {
        return n <= 1 ? 1 : Long.highestOneBit(n - 1) << 1;
    }

    private static int nextPowerOfTwo(int n) {
        return (int) nextPowerOfTwo((long) n);
    }

    private static boolean contains(long[] values, long v) {
        for (long x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
