package io.mithril.crypto.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A membership proof of some leaves in an {@link MKTree}: the claimed root, the proven leaves with their MMR
 * positions (in the order they were requested), the MMR size and the sibling/peak items (cardano-data.md §0.1).
 */
public final class MKProof {
    /** A proven leaf and its MMR position. */
    public record Leaf(long position, MKTreeNode node) {
        public Leaf {
            Objects.requireNonNull(node, "node");
        }
    }

    private final MKTreeNode root;
    private final List<Leaf> leaves;
    private final long mmrSize;
    private final List<MKTreeNode> items;

    public MKProof(MKTreeNode root, List<Leaf> leaves, long mmrSize, List<MKTreeNode> items) {
        this.root = Objects.requireNonNull(root, "root");
        this.leaves = List.copyOf(leaves);
        this.mmrSize = mmrSize;
        this.items = List.copyOf(items);
    }

    /** The root this proof claims ({@code inner_root}). */
    public MKTreeNode root() {
        return root;
    }

    /** The proven leaves with positions ({@code inner_leaves}). */
    public List<Leaf> provenLeaves() {
        return leaves;
    }

    /** The proven leaves without positions. */
    public List<MKTreeNode> leaves() {
        List<MKTreeNode> out = new ArrayList<>(leaves.size());
        for (Leaf leaf : leaves) {
            out.add(leaf.node());
        }
        return out;
    }

    /** {@code inner_proof_size}: the MMR size of the tree the proof was made from. */
    public long mmrSize() {
        return mmrSize;
    }

    /** {@code inner_proof_items}. */
    public List<MKTreeNode> items() {
        return items;
    }

    /**
     * Recomputes the root from the leaves and items and compares it with {@link #root()}.
     *
     * @throws MerkleProofException {@code CORRUPTED_PROOF} or {@code ROOT_MISMATCH}
     */
    public void verify() throws MerkleProofException {
        MKTreeNode computed = MmrProofVerifier.calculateRoot(leaves, mmrSize, items);
        if (!computed.equals(root)) {
            throw new MerkleProofException(MerkleProofException.Reason.ROOT_MISMATCH,
                    "invalid Merkle proof: computed root " + computed.toHex() + " differs from " + root.toHex());
        }
    }

    /** True if every given leaf is among the proven leaves. */
    public boolean containsAll(List<MKTreeNode> candidates) {
        for (MKTreeNode candidate : candidates) {
            if (!contains(candidate)) {
                return false;
            }
        }
        return true;
    }

    public boolean contains(MKTreeNode candidate) {
        for (Leaf leaf : leaves) {
            if (leaf.node().equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** v1 wire form: JSON-hex of the compact serde JSON. */
    public String toJsonHex() {
        return ProofJsonCodec.toJsonHex(this);
    }

    /** v2 wire form: bincode (standard config) bytes. */
    public byte[] toBytes() {
        return ProofBincodeCodec.encode(this);
    }

    public static MKProof fromJsonHex(String jsonHex) {
        return ProofJsonCodec.proofFromJsonHex(jsonHex);
    }

    public static MKProof fromBytes(byte[] bincode) {
        return ProofBincodeCodec.decodeProof(bincode);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MKProof)) {
            return false;
        }
        MKProof p = (MKProof) o;
        return mmrSize == p.mmrSize && root.equals(p.root) && leaves.equals(p.leaves) && items.equals(p.items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(root, leaves, mmrSize, items);
    }

    @Override
    public String toString() {
        return "MKProof[root=" + root.toHex() + ", leaves=" + leaves.size() + ", mmrSize=" + mmrSize + ", items="
                + items.size() + "]";
    }
}
