package io.mithril.crypto.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cross-checks of the compact level storage against a naive position-indexed MMR, and random proofs. */
class MKTreePropertiesTest {

    @Test
    void everyNodeMatchesANaivePositionIndexedMmr() {
        List<byte[]> naive = new ArrayList<>();
        MKTree tree = new MKTree();
        for (int i = 0; i < 300; i++) {
            byte[] leaf = ("leaf-" + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            tree.append(leaf);
            naivePush(naive, leaf);
            assertEquals(naive.size(), tree.mmrSize());
        }
        for (int pos = 0; pos < naive.size(); pos++) {
            assertArrayEquals(naive.get(pos), tree.nodeAt(pos), "position " + pos);
        }
    }

    @Test
    void randomMultiLeafProofsVerifyAndRoundTrip() throws Exception {
        Random random = new Random(42);
        for (int n = 1; n <= 70; n++) {
            List<MKTreeNode> leaves = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                leaves.add(MKTreeNode.ofString(Long.toHexString(random.nextLong()) + "-" + i));
            }
            MKTree tree = MKTree.of(leaves);
            for (int round = 0; round < 4; round++) {
                List<MKTreeNode> proven = new ArrayList<>();
                int count = 1 + random.nextInt(Math.min(n, 6));
                for (int k = 0; k < count; k++) {
                    MKTreeNode leaf = leaves.get(random.nextInt(n));
                    if (!proven.contains(leaf)) {
                        proven.add(leaf);
                    }
                }
                MKProof proof = tree.computeProof(proven);
                proof.verify();
                assertEquals(tree.root(), proof.root());
                assertTrue(proof.containsAll(proven));
                assertEquals(proof, MKProof.fromBytes(proof.toBytes()));
                assertEquals(proof, MKProof.fromJsonHex(proof.toJsonHex()));

                // the same positions with another leaf value must not verify
                List<MKProof.Leaf> forged = new ArrayList<>(proof.provenLeaves());
                forged.set(0, new MKProof.Leaf(forged.get(0).position(), MKTreeNode.ofString("forged")));
                MKProof bad = new MKProof(proof.root(), forged, proof.mmrSize(), proof.items());
                assertThrows(MerkleProofException.class, bad::verify);
            }
        }
    }

    @Test
    void largeTreeRootAgreesWithProofRecomputation() throws Exception {
        MKTree tree = new MKTree();
        int n = 200_003;
        for (int i = 0; i < n; i++) {
            tree.append(MKTreeNode.ofString(String.format("%064x", i)));
        }
        assertEquals(2L * n - Integer.bitCount(n), tree.mmrSize());
        MKProof proof = tree.computeProof(List.of(MKTreeNode.ofString(String.format("%064x", 0)),
                MKTreeNode.ofString(String.format("%064x", 123_457)), MKTreeNode.ofString(String.format("%064x", n - 1))));
        proof.verify();
        assertEquals(tree.root(), proof.root());
    }

    /** ckb {@code MMR::push}, written independently of the production code's level storage. */
    private static void naivePush(List<byte[]> nodes, byte[] leaf) {
        long pos = nodes.size();
        nodes.add(leaf);
        int height = 0;
        while (naiveHeight(pos + 1) > height) {
            pos++;
            long left = pos - (2L << height);
            long right = left + (2L << height) - 1;
            nodes.add(MKTreeNode.merge(nodes.get((int) left), nodes.get((int) right)));
            height++;
        }
    }

    /** ckb {@code pos_height_in_tree} (0-based positions, via the all-ones trick on pos + 1). */
    private static int naiveHeight(long pos) {
        long p = pos + 1;
        while (Long.bitCount(p + 1) != 1) { // not of the form 2^k - 1
            long leftTree = (Long.highestOneBit(p) << 0) - 1;
            p -= leftTree;
        }
        return Long.numberOfTrailingZeros(p + 1) - 1;
    }
}
