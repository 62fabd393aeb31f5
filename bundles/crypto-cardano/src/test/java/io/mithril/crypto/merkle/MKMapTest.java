package io.mithril.crypto.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MKMapTest {

    /** Ranges of 15 blocks, each holding a tree of "tx-{block}-{i}" leaves. */
    private static TreeMap<BlockRange, MKTree> ranges(int count) {
        TreeMap<BlockRange, MKTree> out = new TreeMap<>();
        for (int r = 0; r < count; r++) {
            BlockRange range = BlockRange.containing(r * BlockRange.LENGTH);
            List<String> leaves = new ArrayList<>();
            for (int i = 0; i <= r % 4; i++) {
                leaves.add("tx-" + range.start() + "-" + i);
            }
            out.put(range, MKTree.ofStrings(leaves));
        }
        return out;
    }

    @Test
    void rootIsTheTreeOfMergedKeysAndValueRoots() {
        TreeMap<BlockRange, MKTree> ranges = ranges(5);
        Map<BlockRange, MKMapValue> values = new TreeMap<>();
        MKTree expected = new MKTree();
        for (Map.Entry<BlockRange, MKTree> e : ranges.entrySet()) {
            values.put(e.getKey(), MKMapValue.ofTree(e.getValue()));
            expected.append(MKTreeNode.ofString(e.getKey().start() + "-" + e.getKey().end()).merge(e.getValue().root()));
        }
        assertEquals(expected.root(), MKMap.of(values).root());
    }

    @Test
    void proofsAcrossRangesVerifyAndSurviveCompression() throws Exception {
        TreeMap<BlockRange, MKTree> ranges = ranges(12);
        MKMap map = new MKMap();
        ranges.forEach((k, v) -> map.insert(k, MKMapValue.ofTree(v)));
        MKTreeNode root = map.root();

        List<MKTreeNode> wanted = List.of(MKTreeNode.ofString("tx-45-1"), MKTreeNode.ofString("tx-0-0"),
                MKTreeNode.ofString("tx-150-2"));
        MKMapProof proof = map.computeProof(wanted);
        proof.verify();
        assertEquals(root, proof.root());
        wanted.forEach(leaf -> assertTrue(proof.contains(leaf)));
        assertFalse(proof.contains(MKTreeNode.ofString("tx-30-0")));
        assertEquals(3, proof.subProofs().size());
        assertEquals(BlockRange.containing(0), proof.subProofs().get(0).range()); // sorted by range
        assertEquals(proof, MKMapProof.fromJsonHex(proof.toJsonHex()));
        assertEquals(proof, MKMapProof.fromBytes(proof.toBytes()));

        map.compress();
        assertEquals(root, map.root());
        assertThrows(IllegalArgumentException.class, () -> map.computeProof(wanted));
        // the prover's pattern: re-expand only the ranges holding the wanted leaves
        map.replace(BlockRange.containing(45), MKMapValue.ofTree(ranges.get(BlockRange.containing(45))));
        MKMapProof partial = map.computeProof(wanted);
        partial.verify();
        assertEquals(1, partial.subProofs().size());
        assertEquals(root, partial.root());
    }

    @Test
    void nestedMapsProveRecursively() throws Exception {
        MKMap inner = new MKMap();
        ranges(3).forEach((k, v) -> inner.insert(k, MKMapValue.ofTree(v)));
        MKMap outer = new MKMap();
        outer.insert(new BlockRange(0, 45), MKMapValue.ofMap(inner));
        outer.insert(new BlockRange(45, 60), MKMapValue.ofRoot(MKTreeNode.ofString("opaque")));
        MKMapProof proof = outer.computeProof(List.of(MKTreeNode.ofString("tx-15-1")));
        proof.verify();
        assertEquals(outer.root(), proof.root());
        assertTrue(proof.contains(MKTreeNode.ofString("tx-15-1")));
        assertEquals(proof, MKMapProof.fromBytes(proof.toBytes()));
    }

    @Test
    void insertionRulesOfTheReference() {
        MKMap map = new MKMap();
        MKTree tree = MKTree.ofStrings(List.of("a", "b"));
        map.insert(new BlockRange(15, 30), MKMapValue.ofTree(tree));
        assertThrows(IllegalArgumentException.class,
                () -> map.insert(new BlockRange(0, 15), MKMapValue.ofRoot(MKTreeNode.ofString("x"))));
        assertThrows(IllegalArgumentException.class,
                () -> map.insert(new BlockRange(15, 30), MKMapValue.ofRoot(MKTreeNode.ofString("x"))));
        assertThrows(IllegalArgumentException.class,
                () -> map.replace(new BlockRange(30, 45), MKMapValue.ofRoot(tree.root())));
        map.insert(new BlockRange(15, 30), MKMapValue.ofRoot(tree.root())); // same root: replaced
        assertFalse(map.get(new BlockRange(15, 30)).orElseThrow().canComputeProof());
        assertThrows(IllegalArgumentException.class, () -> map.computeProof(List.of()));
    }

    @Test
    void blockRangeKeysAndContainment() {
        assertEquals(new BlockRange(450, 465), BlockRange.containing(463));
        assertEquals("450-465", BlockRange.containing(450).toTreeNode().asString());
        assertThrows(IllegalArgumentException.class, () -> new BlockRange(10, 5));
    }
}
