package io.mithril.crypto.stm;

import io.mithril.crypto.stm.internal.Blake2b256;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A Merkle batch path: the sibling hashes ({@code values}, 32 bytes each) needed to recompute the root from the
 * leaves at {@code indices} (leaf positions, non-decreasing).
 */
public final class MerkleBatchPath {
    private final List<byte[]> values;
    private final long[] indices;

    public MerkleBatchPath(List<byte[]> values, long[] indices) {
        List<byte[]> copy = new ArrayList<>(values.size());
        for (byte[] v : values) {
            copy.add(v.clone());
        }
        this.values = List.copyOf(copy);
        this.indices = indices.clone();
    }

    /** The sibling hashes (copies). */
    public List<byte[]> values() {
        List<byte[]> copy = new ArrayList<>(values.size());
        for (byte[] v : values) {
            copy.add(v.clone());
        }
        return copy;
    }

    public long[] indices() {
        return indices.clone();
    }

    /**
     * Verifies that {@code leaves} (leaf bytes, in the order of {@link #indices()}) are in the tree with this root and
     * leaf count. As the reference, leftover values are accepted.
     *
     * @throws StmException {@link StmError#BATCH_PATH_INVALID} otherwise
     */
    public void verify(List<byte[]> leaves, byte[] root, long nrLeaves) throws StmException {
        if (leaves.size() != indices.length || indices.length == 0) {
            throw invalid("got " + leaves.size() + " leaves for " + indices.length + " indices");
        }
        for (int i = 0; i < indices.length; i++) {
            // Positions beyond the tree can never verify; rejecting them early also keeps node arithmetic in range.
            if (Long.compareUnsigned(indices[i], nrLeaves) >= 0 || (i > 0 && indices[i] < indices[i - 1])) {
                throw invalid("indices must be non-decreasing leaf positions below " + Long.toUnsignedString(nrLeaves));
            }
        }
        long p = MerkleTree.nextPowerOfTwo(nrLeaves);
        long nrNodes = nrLeaves + p - 1;
        long[] nodes = new long[indices.length];
        byte[][] hashes = new byte[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            nodes[i] = indices[i] + p - 1;
            hashes[i] = Blake2b256.hash(leaves.get(i));
        }
        Deque<byte[]> remaining = new ArrayDeque<>(values);
        long first = nodes[0];
        while (first > 0) {
            first = MerkleTree.parent(first);
            long[] parentNodes = new long[nodes.length];
            byte[][] parentHashes = new byte[nodes.length][];
            int count = 0;
            for (int i = 0; i < nodes.length; i++) {
                parentNodes[count] = MerkleTree.parent(nodes[i]);
                if ((nodes[i] & 1) == 0) {
                    parentHashes[count++] = Blake2b256.hash(pop(remaining), hashes[i]);
                    continue;
                }
                long sibling = MerkleTree.sibling(nodes[i]);
                if (i < nodes.length - 1 && nodes[i + 1] == sibling) {
                    parentHashes[count++] = Blake2b256.hash(hashes[i], hashes[i + 1]);
                    i++;
                } else if (sibling < nrNodes) {
                    parentHashes[count++] = Blake2b256.hash(hashes[i], pop(remaining));
                } else {
                    parentHashes[count++] = Blake2b256.hash(hashes[i], MerkleTree.EMPTY_CHILD);
                }
            }
            nodes = Arrays.copyOf(parentNodes, count);
            hashes = Arrays.copyOf(parentHashes, count);
        }
        if (hashes.length != 1 || !Arrays.equals(hashes[0], root)) {
            throw invalid("the batch path does not lead to the root");
        }
    }

    private static byte[] pop(Deque<byte[]> remaining) throws StmException {
        byte[] v = remaining.pollFirst();
        if (v == null) {
            throw invalid("the batch path misses values");
        }
        return v;
    }

    private static StmException invalid(String why) {
        return new StmException(StmError.BATCH_PATH_INVALID, why);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MerkleBatchPath)) {
            return false;
        }
        MerkleBatchPath other = (MerkleBatchPath) o;
        if (!Arrays.equals(indices, other.indices) || values.size() != other.values.size()) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!Arrays.equals(values.get(i), other.values.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indices) * 31 + values.size();
    }
}
