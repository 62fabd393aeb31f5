package io.mithril.crypto.merkle;

import io.mithril.crypto.merkle.internal.MmrMath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.digests.Blake2sDigest;

/**
 * Mithril's Merkle tree: a Merkle Mountain Range whose leaves are raw byte strings and whose inner nodes are
 * Blake2s-256(left ‖ right); the root bags the peaks right to left with merge(right, left) (cardano-data.md §0.1).
 *
 * <p>Storage is compact so that millions of leaves fit: the leaves themselves plus one flat 32-byte array per inner
 * level. Appending is not thread-safe; reads (root, proofs, contains) of a tree no longer being appended to are.
 */
public final class MKTree {
    private static final int HASH = 32;

    private final List<byte[]> leaves = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>(); // levels.get(h - 1) holds the nodes of height h
    private final Blake2sDigest digest = new Blake2sDigest(256);
    private volatile Map<MKTreeNode, Long> leafPositions; // built lazily: proofs and lookups only

    /** An empty tree. */
    public MKTree() {
    }

    /** A tree of the given leaves, in order. */
    public static MKTree of(List<MKTreeNode> leaves) {
        MKTree tree = new MKTree();
        for (MKTreeNode leaf : leaves) {
            tree.appendRaw(leaf.rawBytes());
        }
        return tree;
    }

    /** A tree whose leaves are the UTF-8 bytes of the given strings (e.g. transaction hashes in hex). */
    public static MKTree ofStrings(List<String> leaves) {
        MKTree tree = new MKTree();
        for (String leaf : leaves) {
            tree.appendRaw(leaf.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return tree;
    }

    /** Appends one leaf. */
    public void append(MKTreeNode leaf) {
        appendRaw(leaf.rawBytes());
    }

    /** Appends a leaf given as raw bytes (copied). */
    public void append(byte[] leaf) {
        appendRaw(leaf.clone());
    }

    private synchronized void appendRaw(byte[] leaf) {
        long index = leaves.size();
        leaves.add(leaf);
        byte[] current = leaf;
        int height = 0;
        // A node with an odd index at its level is a right child: merge it with its left sibling, and so on upwards.
        while (((index >>> height) & 1) == 1) {
            long siblingIndex = (index >>> height) - 1;
            current = hash(node(height, siblingIndex), current);
            height++;
            level(height).add(current);
        }
        if (leafPositions != null) {
            leafPositions.put(MKTreeNode.wrap(leaf), MmrMath.leafPosition(index));
        }
    }

    /** Number of appended leaves (duplicates included). */
    public long leafCount() {
        return leaves.size();
    }

    /** Number of MMR nodes ({@code inner_proof_size} of proofs from this tree). */
    public long mmrSize() {
        return MmrMath.mmrSize(leaves.size());
    }

    /** The leaves in insertion order. */
    public List<MKTreeNode> leaves() {
        List<MKTreeNode> out = new ArrayList<>(leaves.size());
        for (byte[] leaf : leaves) {
            out.add(MKTreeNode.wrap(leaf));
        }
        return out;
    }

    /** The root; for a single leaf, the leaf itself. */
    public MKTreeNode root() {
        if (leaves.isEmpty()) {
            throw new IllegalStateException("cannot compute the root of an empty Merkle tree");
        }
        long n = leaves.size();
        List<byte[]> peaks = new ArrayList<>();
        for (int h = 63 - Long.numberOfLeadingZeros(n); h >= 0; h--) {
            if (((n >>> h) & 1) == 1) {
                peaks.add(node(h, (n >>> h) - 1));
            }
        }
        return MKTreeNode.wrap(bagRightToLeft(peaks).clone());
    }

    /** True if {@code leaf} is one of the leaves. */
    public boolean contains(MKTreeNode leaf) {
        return positions().containsKey(leaf);
    }

    /**
     * A proof of membership of {@code proven} (in the given order, as the reference keeps it). A leaf appended more
     * than once is proven at its last position, like the reference's leaf index.
     *
     * @throws IllegalArgumentException if a leaf is absent or the list is empty
     */
    public MKProof computeProof(List<MKTreeNode> proven) {
        if (proven.isEmpty()) {
            throw new IllegalArgumentException("cannot compute a Merkle proof for no leaves");
        }
        Map<MKTreeNode, Long> index = positions();
        List<MKProof.Leaf> provenLeaves = new ArrayList<>(proven.size());
        long[] positions = new long[proven.size()];
        for (int i = 0; i < proven.size(); i++) {
            Long pos = index.get(proven.get(i));
            if (pos == null) {
                throw new IllegalArgumentException("leaf not found in the Merkle tree: " + proven.get(i));
            }
            positions[i] = pos;
            provenLeaves.add(new MKProof.Leaf(pos, proven.get(i)));
        }
        List<MKTreeNode> items = new MmrProofGenerator(this::nodeAt, mmrSize()).generate(positions);
        return new MKProof(root(), provenLeaves, mmrSize(), items);
    }

    /** The node at an MMR position. */
    byte[] nodeAt(long pos) {
        int height = MmrMath.height(pos);
        return node(height, MmrMath.indexInLevel(pos, height));
    }

    private byte[] node(int height, long index) {
        return height == 0 ? leaves.get((int) index) : levels.get(height - 1).get(index);
    }

    private Level level(int height) {
        while (levels.size() < height) {
            levels.add(new Level());
        }
        return levels.get(height - 1);
    }

    private Map<MKTreeNode, Long> positions() {
        Map<MKTreeNode, Long> index = leafPositions;
        if (index == null) {
            synchronized (this) {
                index = leafPositions;
                if (index == null) {
                    index = new HashMap<>(Math.max(16, leaves.size() * 4 / 3 + 1));
                    for (int i = 0; i < leaves.size(); i++) {
                        index.put(MKTreeNode.wrap(leaves.get(i)), MmrMath.leafPosition(i)); // last one wins
                    }
                    leafPositions = index;
                }
            }
        }
        return index;
    }

    private byte[] hash(byte[] left, byte[] right) {
        digest.update(left, 0, left.length);
        digest.update(right, 0, right.length);
        byte[] out = new byte[HASH];
        digest.doFinal(out, 0);
        return out;
    }

    /** Bags peaks as ckb does: pop right, pop left, push merge(right, left), until one remains. */
    static byte[] bagRightToLeft(List<byte[]> peaks) {
        List<byte[]> stack = new ArrayList<>(peaks);
        while (stack.size() > 1) {
            byte[] right = stack.remove(stack.size() - 1);
            byte[] left = stack.remove(stack.size() - 1);
            stack.add(MKTreeNode.merge(right, left));
        }
        return stack.get(0);
    }

    /**
     * A growable flat array of 32-byte hashes: chunks of at most {@code CHUNK_NODES} nodes, the last one doubling as
     * it fills, so small trees stay small and huge levels never need one giant copy.
     */
    private static final class Level {
        private static final int CHUNK_NODES = 1 << 15;
        private final List<byte[]> chunks = new ArrayList<>();
        private long size;

        void add(byte[] hash) {
            int offset = (int) (size % CHUNK_NODES);
            if (offset == 0) {
                chunks.add(new byte[4 * HASH]);
            }
            byte[] last = chunks.get(chunks.size() - 1);
            if ((offset + 1) * HASH > last.length) {
                last = Arrays.copyOf(last, Math.min(CHUNK_NODES, 2 * (last.length / HASH)) * HASH);
                chunks.set(chunks.size() - 1, last);
            }
            System.arraycopy(hash, 0, last, offset * HASH, HASH);
            size++;
        }

        byte[] get(long index) {
            byte[] chunk = chunks.get((int) (index / CHUNK_NODES));
            int offset = (int) (index % CHUNK_NODES) * HASH;
            return Arrays.copyOfRange(chunk, offset, offset + HASH);
        }
    }
}
