package io.mithril.crypto.merkle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value of an {@link MKMap}: a bare root (compressed, cannot prove), a full {@link MKTree}, or a nested
 * {@link MKMap} (the reference's {@code MKMapNode}).
 */
public sealed interface MKMapValue permits MKMapValue.Root, MKMapValue.Tree, MKMapValue.Map {

    static MKMapValue ofRoot(MKTreeNode root) {
        return new Root(root);
    }

    static MKMapValue ofTree(MKTree tree) {
        return new Tree(tree);
    }

    static MKMapValue ofMap(MKMap map) {
        return new Map(map);
    }

    /** The Merkle root this value contributes to its map. */
    MKTreeNode root();

    /** True if {@code leaf} belongs to this value (for a bare root: equals it). */
    boolean contains(MKTreeNode leaf);

    /** False for a bare root. */
    boolean canComputeProof();

    /** A proof for the given leaves, or empty for a bare root. */
    Optional<MKMapProof> computeProof(List<MKTreeNode> leaves);

    /** A compressed value: only its root. */
    record Root(MKTreeNode root) implements MKMapValue {
        public Root {
            Objects.requireNonNull(root, "root");
        }

        @Override
        public boolean contains(MKTreeNode leaf) {
            return root.equals(leaf);
        }

        @Override
        public boolean canComputeProof() {
            return false;
        }

        @Override
        public Optional<MKMapProof> computeProof(List<MKTreeNode> leaves) {
            return Optional.empty();
        }
    }

    /** A full tree. */
    record Tree(MKTree tree) implements MKMapValue {
        public Tree {
            Objects.requireNonNull(tree, "tree");
        }

        @Override
        public MKTreeNode root() {
            return tree.root();
        }

        @Override
        public boolean contains(MKTreeNode leaf) {
            return tree.contains(leaf);
        }

        @Override
        public boolean canComputeProof() {
            return true;
        }

        @Override
        public Optional<MKMapProof> computeProof(List<MKTreeNode> leaves) {
            return Optional.of(new MKMapProof(tree.computeProof(leaves), List.of()));
        }
    }

    /** A nested map. */
    record Map(MKMap map) implements MKMapValue {
        public Map {
            Objects.requireNonNull(map, "map");
        }

        @Override
        public MKTreeNode root() {
            return map.root();
        }

        @Override
        public boolean contains(MKTreeNode leaf) {
            return map.findContaining(leaf).isPresent();
        }

        @Override
        public boolean canComputeProof() {
            return true;
        }

        @Override
        public Optional<MKMapProof> computeProof(List<MKTreeNode> leaves) {
            return Optional.of(map.computeProof(leaves));
        }
    }
}
