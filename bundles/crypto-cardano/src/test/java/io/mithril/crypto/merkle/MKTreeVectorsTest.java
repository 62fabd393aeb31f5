package io.mithril.crypto.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.testsupport.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MKTreeVectorsTest {
    private static final JsonNode VECTORS = TestData.json("vectors/cardano/mktree_vectors.json");

    @Test
    void goldenRootOfTheRustTest() {
        MKTree tree = MKTree.ofStrings(List.of("golden-1", "golden-2", "golden-3", "golden-4", "golden-5"));
        assertEquals(VECTORS.get("rust_confirmed_golden_1_to_5").asText(), tree.root().toHex());
    }

    @Test
    void rootsAndLastLeafProofsOfTestLeaves() throws Exception {
        for (int n = 1; n <= 8; n++) {
            JsonNode v = VECTORS.get("computed_roots_test_i").get("n=" + n);
            List<String> leaves = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                leaves.add("test-" + i);
            }
            MKTree tree = MKTree.ofStrings(leaves);
            assertEquals(v.get("mmr_size").asLong(), tree.mmrSize(), "n=" + n);
            assertEquals(node(v.get("root").asText()), tree.root(), "root n=" + n);

            MKTreeNode last = MKTreeNode.ofString("test-" + (n - 1));
            MKProof proof = tree.computeProof(List.of(last));
            assertEquals(v.get("proof_of_last_leaf_pos").asLong(), proof.provenLeaves().get(0).position(), "n=" + n);
            List<MKTreeNode> expectedItems = new ArrayList<>();
            v.get("proof_of_last_leaf_items").forEach(item -> expectedItems.add(node(item.asText())));
            assertEquals(expectedItems, proof.items(), "items n=" + n);
            proof.verify();
            assertEquals(proof, MKProof.fromJsonHex(proof.toJsonHex()));
            assertEquals(proof, MKProof.fromBytes(proof.toBytes()));
        }
    }

    @Test
    void duplicateLeavesAreProvenAtTheirLastPosition() throws Exception {
        MKTree tree = MKTree.ofStrings(List.of("a", "b", "a", "c"));
        MKProof proof = tree.computeProof(List.of(MKTreeNode.ofString("a")));
        assertEquals(3, proof.provenLeaves().get(0).position()); // leaf index 2 sits at MMR position 3
        proof.verify();
    }

    @Test
    void emptyTreeHasNoRootAndAbsentLeavesCannotBeProven() {
        assertThrows(IllegalStateException.class, () -> new MKTree().root());
        MKTree tree = MKTree.ofStrings(List.of("x", "y"));
        assertThrows(IllegalArgumentException.class, () -> tree.computeProof(List.of(MKTreeNode.ofString("z"))));
        assertThrows(IllegalArgumentException.class, () -> tree.computeProof(List.of()));
    }

    /** Vector notation: a double-quoted value is raw ASCII leaf bytes, anything else hex. */
    private static MKTreeNode node(String value) {
        return value.startsWith("\"") ? MKTreeNode.ofString(value.substring(1, value.length() - 1))
                : MKTreeNode.fromHex(value);
    }
}
