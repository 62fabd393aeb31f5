package io.mithril.crypto.bls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.testutil.TestData;
import org.junit.jupiter.api.Test;

/** The BLS goldens of mithril-stm's unit tests (seed-0 keys, empty DST). */
class BlsGoldenTest {
    private final JsonNode golden = TestData.stmGolden();
    private final BlsSecretKey sk1 = TestData.goldenSecretKeys()[0];

    @Test
    void secretKeyFromSeededIkm() {
        assertArrayEquals(TestData.jsonBytes(golden.get("bls_signing_key_seed0_json").asText()), sk1.toBytes());
    }

    @Test
    void signatureWithEmptyDst() throws BlsException {
        BlsSignature sig = sk1.sign(new byte[32]);
        assertArrayEquals(TestData.jsonBytes(golden.get("bls_signature_seed0_msg32zero_json").asText()), sig.toBytes());
        sig.verify(new byte[32], sk1.verificationKey());
    }

    @Test
    void proofOfPossession() {
        BlsProofOfPossession pop = sk1.proofOfPossession();
        assertArrayEquals(TestData.jsonBytes(golden.get("bls_pop_seed0_json").asText()), pop.toBytes());
        assertDoesNotThrow(() -> sk1.verificationKeyProofOfPossession().verify());
    }

    @Test
    void secretKeyBytesRoundTrip() throws BlsException {
        BlsSecretKey decoded = BlsSecretKey.fromBytes(sk1.toBytes());
        assertEquals(sk1.verificationKey(), decoded.verificationKey());
    }
}
