package io.mithril.crypto.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.testsupport.TestData;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The proofs served by the reference aggregator on the devnet: decode, re-encode byte-identically, verify. */
class DevnetProofsTest {
    private static final JsonNode CERTIFICATES = TestData.json("devnet-chain/certificates-subset.json");

    @Test
    void v1TransactionProofs() throws Exception {
        JsonNode proofs = TestData.json("devnet-chain/ctx-proofs.json");
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = proofs.fields(); it.hasNext();) {
            JsonNode response = it.next().getValue();
            String certifiedRoot = part(response, "cardano_transactions_merkle_root");
            for (JsonNode set : response.get("certified_transactions")) {
                String wire = set.get("proof").asText();
                MKMapProof proof = MKMapProof.fromJsonHex(wire);
                assertEquals(wire, proof.toJsonHex(), "v1 re-encoding must be byte-identical");
                assertEquals(proof, MKMapProof.decode(wire));
                assertEquals(proof, MKMapProof.fromBytes(proof.toBytes()));
                proof.verify();
                assertEquals(certifiedRoot, proof.root().toHex());
                for (JsonNode tx : set.get("transactions_hashes")) {
                    assertTrue(proof.contains(MKTreeNode.ofString(tx.asText())), tx.asText());
                }
                checked++;
            }
        }
        assertEquals(4, checked);
    }

    @Test
    void v2TransactionProofs() throws Exception {
        int checked = 0;
        JsonNode proofs = TestData.json("devnet-chain/ctx-proofs-v2.json");
        for (Iterator<Map.Entry<String, JsonNode>> it = proofs.fields(); it.hasNext();) {
            JsonNode response = it.next().getValue();
            JsonNode certified = response.get("certified_transactions");
            MKMapProof proof = checkV2(response, certified.get("proof").asText());
            for (JsonNode tx : certified.get("items")) {
                String leaf = "Tx/" + tx.get("transaction_hash").asText() + "/" + tx.get("block_hash").asText() + "/"
                        + tx.get("block_number").asLong() + "/" + tx.get("slot_number").asLong();
                assertTrue(proof.contains(MKTreeNode.ofString(leaf)), leaf);
            }
            checked++;
        }
        assertEquals(4, checked);
    }

    @Test
    void v2BlockProofs() throws Exception {
        int checked = 0;
        JsonNode proofs = TestData.json("devnet-chain/cblk-proofs.json");
        for (Iterator<Map.Entry<String, JsonNode>> it = proofs.fields(); it.hasNext();) {
            JsonNode response = it.next().getValue();
            JsonNode certified = response.get("certified_blocks");
            MKMapProof proof = checkV2(response, certified.get("proof").asText());
            for (JsonNode block : certified.get("items")) {
                String leaf = "Block/" + block.get("block_hash").asText() + "/" + block.get("block_number").asLong()
                        + "/" + block.get("slot_number").asLong();
                assertTrue(proof.contains(MKTreeNode.ofString(leaf)), leaf);
            }
            checked++;
        }
        assertEquals(20, checked);
    }

    @Test
    void alteredProofsAreRejected() {
        JsonNode response = TestData.json("devnet-chain/cblk-proofs.json").elements().next();
        MKMapProof proof = MKMapProof.fromBytesHex(response.get("certified_blocks").get("proof").asText());
        MKMapProof.SubProof sub = proof.subProofs().get(0);
        MKProof inner = sub.proof().masterProof();

        // a changed sibling item: the sub proof's recomputed root no longer matches its claimed root
        java.util.List<MKTreeNode> items = new java.util.ArrayList<>(inner.items());
        byte[] item = items.get(0).bytes();
        item[0] ^= 1;
        items.set(0, MKTreeNode.of(item));
        MKMapProof alteredItem = withSub(proof, sub.range(),
                new MKProof(inner.root(), inner.provenLeaves(), inner.mmrSize(), items));
        assertEquals(MerkleProofException.Reason.SUB_PROOF_INVALID, reason(alteredItem));

        // a consistent sub proof of another root: verifies alone, but its master leaf is not in the master proof
        MKProof recomputed = new MKProof(rootOf(inner.provenLeaves(), inner.mmrSize(), items), inner.provenLeaves(),
                inner.mmrSize(), items);
        recomputedVerifies(recomputed);
        assertEquals(MerkleProofException.Reason.SUB_PROOF_NOT_IN_MASTER, reason(withSub(proof, sub.range(), recomputed)));

        // a dropped last item reads (as in ckb) as "right peaks already bagged": a wrong root, not a parse error
        MKProof master = proof.masterProof();
        java.util.List<MKTreeNode> fewer = master.items().subList(0, master.items().size() - 1);
        assertEquals(MerkleProofException.Reason.ROOT_MISMATCH, reason(new MKMapProof(
                new MKProof(master.root(), master.provenLeaves(), master.mmrSize(), fewer), proof.subProofs())));
        // no sibling at all or an impossible MMR size are structural errors
        assertEquals(MerkleProofException.Reason.CORRUPTED_PROOF, reason(new MKMapProof(
                new MKProof(master.root(), master.provenLeaves(), master.mmrSize(), java.util.List.of()),
                proof.subProofs())));
        assertEquals(MerkleProofException.Reason.CORRUPTED_PROOF, reason(new MKMapProof(
                new MKProof(master.root(), master.provenLeaves(), 2, master.items()), proof.subProofs())));
        // one surplus item is read as a bagged right peak (wrong root); two cannot be placed at all
        java.util.List<MKTreeNode> more = new java.util.ArrayList<>(master.items());
        more.add(master.root());
        assertEquals(MerkleProofException.Reason.ROOT_MISMATCH, reason(new MKMapProof(
                new MKProof(master.root(), master.provenLeaves(), master.mmrSize(), more), proof.subProofs())));
        more.add(master.root());
        assertEquals(MerkleProofException.Reason.CORRUPTED_PROOF, reason(new MKMapProof(
                new MKProof(master.root(), master.provenLeaves(), master.mmrSize(), more), proof.subProofs())));

        // a different claimed root
        byte[] root = master.root().bytes();
        root[31] ^= (byte) 0x80;
        assertEquals(MerkleProofException.Reason.ROOT_MISMATCH, reason(new MKMapProof(
                new MKProof(MKTreeNode.of(root), master.provenLeaves(), master.mmrSize(), master.items()),
                proof.subProofs())));
    }

    @Test
    void malformedWireFormsAreRejected() {
        String wire = TestData.json("devnet-chain/cblk-proofs.json").elements().next()
                .get("certified_blocks").get("proof").asText();
        assertThrows(IllegalArgumentException.class, () -> MKMapProof.fromBytesHex(wire + "00"));
        assertThrows(IllegalArgumentException.class, () -> MKMapProof.fromBytesHex(wire.substring(0, wire.length() - 2)));
        assertThrows(IllegalArgumentException.class, () -> MKMapProof.fromJsonHex("7b7d"));
        assertThrows(IllegalArgumentException.class, () -> MKMapProof.decode("zz"));
    }

    private MKMapProof checkV2(JsonNode response, String wire) throws MerkleProofException {
        MKMapProof proof = MKMapProof.fromBytesHex(wire);
        assertEquals(wire, proof.toBytesHex(), "v2 re-encoding must be byte-identical");
        assertEquals(proof, MKMapProof.decode(wire));
        assertEquals(proof, MKMapProof.fromJsonHex(proof.toJsonHex()));
        assertArrayEquals(proof.toBytes(), MKMapProof.fromJsonHex(proof.toJsonHex()).toBytes());
        proof.verify();
        assertEquals(part(response, "cardano_blocks_transactions_merkle_root"), proof.root().toHex());
        return proof;
    }

    private static String part(JsonNode response, String key) {
        JsonNode cert = CERTIFICATES.get(response.get("certificate_hash").asText());
        return cert.get("protocol_message").get("message_parts").get(key).asText();
    }

    private static MKMapProof withSub(MKMapProof proof, BlockRange range, MKProof replacement) {
        java.util.List<MKMapProof.SubProof> subs = new java.util.ArrayList<>(proof.subProofs());
        subs.set(0, new MKMapProof.SubProof(range, new MKMapProof(replacement, java.util.List.of())));
        return new MKMapProof(proof.masterProof(), subs);
    }

    private static MKTreeNode rootOf(java.util.List<MKProof.Leaf> leaves, long mmrSize, java.util.List<MKTreeNode> items) {
        try {
            return MmrProofVerifier.calculateRoot(leaves, mmrSize, items);
        } catch (MerkleProofException e) {
            throw new AssertionError(e);
        }
    }

    private static void recomputedVerifies(MKProof proof) {
        try {
            proof.verify();
        } catch (MerkleProofException e) {
            throw new AssertionError(e);
        }
    }

    private static MerkleProofException.Reason reason(MKMapProof proof) {
        return assertThrows(MerkleProofException.class, proof::verify).reason();
    }
}
