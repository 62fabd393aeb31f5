package io.mithril.crypto.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mithril.crypto.stm.internal.Blake2b256;
import io.mithril.crypto.testutil.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(9);

    private static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] leaf = new byte[104];
            RANDOM.nextBytes(leaf);
            leaves.add(leaf);
        }
        return leaves;
    }

    @Test
    void emptyChildIsBlake2b256OfZero() {
        assertEquals("03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314",
                TestData.HEX.formatHex(MerkleTree.EMPTY_CHILD));
    }

    /** Three leaves: P = 4, node 6 is absent and counts as Z (spec stm.md §3). */
    @Test
    void paddingRuleOnThreeLeaves() {
        List<byte[]> l = leaves(3);
        byte[] h0 = Blake2b256.hash(l.get(0));
        byte[] h1 = Blake2b256.hash(l.get(1));
        byte[] h2 = Blake2b256.hash(l.get(2));
        byte[] expected = Blake2b256.hash(Blake2b256.hash(h0, h1), Blake2b256.hash(h2, MerkleTree.EMPTY_CHILD));
        assertEquals(TestData.HEX.formatHex(expected), TestData.HEX.formatHex(new MerkleTree(l).root()));
    }

    /** Five leaves: P = 8, node 6 has no children at all and is B2b(Z || Z), not Z. */
    @Test
    void internalNodeWithoutChildrenIsHashOfTwoEmpties() {
        List<byte[]> l = leaves(5);
        byte[][] h = new byte[5][];
        for (int i = 0; i < 5; i++) {
            h[i] = Blake2b256.hash(l.get(i));
        }
        byte[] z = MerkleTree.EMPTY_CHILD;
        byte[] left = Blake2b256.hash(Blake2b256.hash(h[0], h[1]), Blake2b256.hash(h[2], h[3]));
        byte[] right = Blake2b256.hash(Blake2b256.hash(h[4], z), Blake2b256.hash(z, z));
        assertEquals(TestData.HEX.formatHex(Blake2b256.hash(left, right)), TestData.HEX.formatHex(new MerkleTree(l).root()));
    }

    @Test
    void randomBatchPathsVerifyAndTamperingIsRejected() throws StmException {
        for (int size = 1; size <= 40; size++) {
            final int n = size;
            List<byte[]> l = leaves(n);
            MerkleTree tree = new MerkleTree(l);
            for (int trial = 0; trial < 30; trial++) {
                List<Integer> positions = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (RANDOM.nextInt(3) == 0) {
                        positions.add(i);
                    }
                }
                if (positions.isEmpty()) {
                    positions.add(RANDOM.nextInt(n));
                }
                long[] pos = positions.stream().mapToLong(Integer::longValue).toArray();
                List<byte[]> proven = new ArrayList<>();
                for (int p : positions) {
                    proven.add(l.get(p));
                }
                MerkleBatchPath path = tree.batchPath(pos);
                path.verify(proven, tree.root(), n);

                List<byte[]> tampered = new ArrayList<>(proven);
                byte[] bad = tampered.get(0).clone();
                bad[103] ^= 1;
                tampered.set(0, bad);
                assertEquals(StmError.BATCH_PATH_INVALID,
                        assertThrows(StmException.class, () -> path.verify(tampered, tree.root(), n)).kind());
                if (!path.values().isEmpty()) {
                    List<byte[]> fewer = path.values().subList(0, path.values().size() - 1);
                    MerkleBatchPath truncated = new MerkleBatchPath(fewer, pos);
                    assertEquals(StmError.BATCH_PATH_INVALID,
                            assertThrows(StmException.class, () -> truncated.verify(proven, tree.root(), n)).kind());
                }
            }
        }
    }

    @Test
    void leftoverValuesAreAcceptedAsInTheReference() throws StmException {
        List<byte[]> l = leaves(6);
        MerkleTree tree = new MerkleTree(l);
        MerkleBatchPath path = tree.batchPath(new long[] {2});
        List<byte[]> more = new ArrayList<>(path.values());
        more.add(new byte[32]);
        new MerkleBatchPath(more, new long[] {2}).verify(List.of(l.get(2)), tree.root(), 6);
    }

    @Test
    void wrongLeafCountOrOrderIsRejected() {
        List<byte[]> l = leaves(6);
        MerkleTree tree = new MerkleTree(l);
        MerkleBatchPath path = tree.batchPath(new long[] {1, 4});
        assertEquals(StmError.BATCH_PATH_INVALID, assertThrows(StmException.class,
                () -> path.verify(List.of(l.get(1)), tree.root(), 6)).kind());
        assertEquals(StmError.BATCH_PATH_INVALID, assertThrows(StmException.class,
                () -> path.verify(List.of(l.get(4), l.get(1)), tree.root(), 6)).kind());
        assertEquals(StmError.BATCH_PATH_INVALID, assertThrows(StmException.class,
                () -> path.verify(List.of(l.get(1), l.get(4)), tree.root(), 9)).kind());
        assertEquals(StmError.BATCH_PATH_INVALID, assertThrows(StmException.class,
                () -> new MerkleBatchPath(path.values(), new long[] {4, 1}).verify(List.of(l.get(4), l.get(1)), tree.root(), 6)).kind());
    }
}
