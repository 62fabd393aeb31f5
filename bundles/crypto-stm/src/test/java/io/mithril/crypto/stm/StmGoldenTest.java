package io.mithril.crypto.stm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.bls.BlsSecretKey;
import io.mithril.crypto.stm.codec.StmBytes;
import io.mithril.crypto.stm.codec.StmJson;
import io.mithril.crypto.testutil.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * mithril-stm 0.11.3 unit-test goldens: two seed-0 signers with stake 1, m=10, k=5, phi_f=0.8, msg = 16 zero bytes.
 * Everything is recomputed from the keys and compared with the reference's bytes.
 */
class StmGoldenTest {
    private static final Parameters PARAMS = new Parameters(10, 5, 0.8);
    private static final byte[] MSG = new byte[16];

    private final JsonNode golden = TestData.stmGolden();
    private BlsSecretKey[] sks;
    private ClosedKeyRegistration registration;

    @BeforeEach
    void register() throws StmException {
        sks = TestData.goldenSecretKeys();
        KeyRegistration reg = new KeyRegistration();
        reg.register(sks[0].verificationKeyProofOfPossession(), 1);
        reg.register(sks[1].verificationKeyProofOfPossession(), 1);
        registration = reg.close();
    }

    private String g(String key) {
        return golden.get(key).asText();
    }

    @Test
    void verificationKeyWithPopJson() {
        assertEquals(g("bls_vk_pop_seed0_json"), StmJson.toJson(sks[0].verificationKeyProofOfPossession()));
    }

    @Test
    void aggregateVerificationKeyInEveryEncoding() throws StmException {
        AggregateVerificationKey avk = registration.aggregateVerificationKey();
        assertEquals("38255f6b9d62fcc2beccaa1ae00ad407d65974c4d97a6f3871fd602daa79eb9f", TestData.HEX.formatHex(avk.root()));
        assertEquals(g("avk_json"), StmJson.toJson(avk));
        assertEquals(g("avk_legacy"), TestData.HEX.formatHex(StmBytes.toLegacyBytes(avk)));
        assertEquals(g("avk_cbor"), TestData.HEX.formatHex(StmBytes.toBytes(avk)));
        assertEquals(avk, StmJson.decodeAggregateVerificationKey(g("avk_json")));
        assertEquals(avk, StmBytes.decodeAggregateVerificationKey(TestData.hex(g("avk_legacy"))));
        assertEquals(avk, StmBytes.decodeAggregateVerificationKey(TestData.hex(g("avk_cbor"))));
    }

    @Test
    void registrationEntryAndMerkleLeaf() throws StmException {
        RegistrationEntry entry = registration.entry(registration.signerIndexOf(sks[0].verificationKey()));
        assertEquals(g("merkle_leaf_seed0_stake1_bytes"), TestData.HEX.formatHex(entry.merkleLeaf()));
        assertEquals(g("closed_registration_entry_legacy"), TestData.HEX.formatHex(StmBytes.toLegacyBytes(entry)));
        assertEquals(g("closed_registration_entry_cbor"), TestData.HEX.formatHex(StmBytes.toBytes(entry)));
        assertEquals(entry, StmBytes.decodeRegistrationEntry(TestData.hex(g("closed_registration_entry_legacy"))));
        assertEquals(entry, StmBytes.decodeRegistrationEntry(TestData.hex(g("closed_registration_entry_cbor"))));
    }

    @Test
    void parametersLegacyAndCbor() throws StmException {
        Parameters p = new Parameters(20973, 2422, 0.2);
        assertEquals(g("parameters_m20973_k2422_phi0.2_legacy"), TestData.HEX.formatHex(StmBytes.toLegacyBytes(p)));
        assertEquals(g("parameters_m20973_k2422_phi0.2_cbor"), TestData.HEX.formatHex(StmBytes.toBytes(p)));
        assertEquals(p, StmBytes.decodeParameters(TestData.hex(g("parameters_m20973_k2422_phi0.2_legacy"))));
        assertEquals(p, StmBytes.decodeParameters(TestData.hex(g("parameters_m20973_k2422_phi0.2_cbor"))));
    }

    @Test
    void singleSignatureSigmaAndIndexes() throws StmException {
        SingleSignature mine = new StmSigner(PARAMS, sks[0], registration).sign(MSG).orElseThrow();
        SingleSignature reference = StmJson.decodeSingleSignature(g("single_signature_json"));
        assertEquals(reference.sigma(), mine.sigma());
        assertArrayEquals(new long[] {1, 4, 5, 8}, mine.indexes());
        assertArrayEquals(reference.indexes(), mine.indexes());
        // The reference golden carries signer_index 1 while its own aggregate golden (same keys) puts this signer at 0;
        // verification does not depend on it.
        new Clerk(PARAMS, registration).verify(mine, MSG);
        reference.verify(PARAMS, sks[0].verificationKey(), 1, registration.aggregateVerificationKey(), MSG);
    }

    @Test
    void singleSignatureEncodingsAreTheSameValue() throws StmException {
        SingleSignature fromJson = StmJson.decodeSingleSignature(g("single_signature_json"));
        SingleSignature fromLegacy = StmBytes.decodeSingleSignature(TestData.hex(g("single_signature_legacy")));
        SingleSignature fromCbor = StmBytes.decodeSingleSignature(TestData.hex(g("single_signature_cbor")));
        assertEquals(fromJson, fromLegacy);
        assertEquals(fromJson, fromCbor);
        assertEquals(g("single_signature_json"), StmJson.toJson(fromJson));
        assertEquals(g("single_signature_legacy"), TestData.HEX.formatHex(StmBytes.toLegacyBytes(fromJson)));
        assertEquals(g("single_signature_cbor"), TestData.HEX.formatHex(StmBytes.toBytes(fromJson)));
    }

    @Test
    void signatureWithRegisteredParty() throws StmException {
        SingleSignatureWithRegisteredParty fromJson =
                StmJson.decodeSignatureWithParty(g("single_signature_with_registered_party_json"));
        SingleSignatureWithRegisteredParty fromCbor =
                StmBytes.decodeSignatureWithParty(TestData.hex(g("single_signature_with_registered_party_cbor")));
        assertEquals(fromJson, fromCbor);
        assertEquals(g("single_signature_with_registered_party_json"), StmJson.toJson(fromJson));
        assertEquals(g("single_signature_with_registered_party_cbor"), TestData.HEX.formatHex(StmBytes.toBytes(fromJson)));
        assertEquals(fromJson, StmBytes.decodeSignatureWithParty(StmBytes.toLegacyBytes(fromJson)));
    }

    @Test
    void aggregateReproducedByteForByteAndVerifies() throws StmException {
        SingleSignature s1 = new StmSigner(PARAMS, sks[0], registration).sign(MSG).orElseThrow();
        SingleSignature s2 = new StmSigner(PARAMS, sks[1], registration).sign(MSG).orElseThrow();
        ConcatenationProof proof = new Clerk(PARAMS, registration).aggregate(List.of(s1, s2), MSG);

        assertEquals(g("aggregate_signature_concatenation_json"), StmJson.toJson(proof));
        assertEquals(g("aggregate_signature_concatenation_cbor"), TestData.HEX.formatHex(StmBytes.aggregateSignatureToBytes(proof)));
        assertEquals(g("concatenation_proof_cbor"), TestData.HEX.formatHex(StmBytes.concatenationProofToBytes(proof)));
        proof.verify(MSG, registration.aggregateVerificationKey(), PARAMS);
    }

    @Test
    void aggregateGoldensDecodeToTheSameProofAndVerify() throws StmException {
        ConcatenationProof fromJson = StmJson.decodeAggregateSignature(g("aggregate_signature_concatenation_json"));
        ConcatenationProof fromCbor =
                StmBytes.decodeAggregateSignature(TestData.hex(g("aggregate_signature_concatenation_cbor")));
        ConcatenationProof bareCbor = StmBytes.decodeConcatenationProof(TestData.hex(g("concatenation_proof_cbor")));
        assertEquals(fromJson, fromCbor);
        assertEquals(fromJson, bareCbor);
        fromCbor.verify(MSG, registration.aggregateVerificationKey(), PARAMS);
        bareCbor.verify(MSG, registration.aggregateVerificationKey(), PARAMS);
    }

    /**
     * The reference's Merkle goldens use 4 leaves of {@code BlsVerificationKey::default()} (blst compresses the zero
     * affine point as infinity: 0xc0 then zeros) with stakes 0..3; the batch path golden proves leaves [0, 2].
     */
    private static MerkleTree defaultKeysTree() {
        List<byte[]> leaves = new java.util.ArrayList<>();
        for (int stake = 0; stake < 4; stake++) {
            byte[] leaf = new byte[104];
            leaf[0] = (byte) 0xc0;
            leaf[103] = (byte) stake;
            leaves.add(leaf);
        }
        return new MerkleTree(leaves);
    }

    @Test
    void fourLeafTreeCommitmentGolden() {
        MerkleTree tree = defaultKeysTree();
        byte[] legacy = TestData.hex(g("merkle_batch_commitment_4_default_leaves_stakes_0_3_legacy"));
        assertEquals(4, legacy[7]);
        assertArrayEquals(java.util.Arrays.copyOfRange(legacy, 8, 40), tree.root());
    }

    @Test
    void batchPathCborGolden() throws StmException {
        MerkleTree tree = defaultKeysTree();
        MerkleBatchPath mine = tree.batchPath(new long[] {0, 2});
        MerkleBatchPath path = StmBytes.decodeBatchPath(TestData.hex(g("merkle_batch_path_cbor")));
        assertEquals(mine, path);
        assertEquals(g("merkle_batch_path_cbor"), TestData.HEX.formatHex(StmBytes.toBytes(mine)));
        assertEquals(path, StmBytes.decodeBatchPath(StmBytes.toLegacyBytes(path)));
        byte[] leaf0 = new byte[104];
        leaf0[0] = (byte) 0xc0;
        byte[] leaf2 = leaf0.clone();
        leaf2[103] = 2;
        path.verify(List.of(leaf0, leaf2), tree.root(), 4);
    }
}
