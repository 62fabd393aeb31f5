package io.mithril.crypto.stm.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.bls.BlsException;
import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.stm.ConcatenationProof;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.testutil.TestData;
import org.junit.jupiter.api.Test;

/** mithril-common's fake_keys: every value decodes and re-encodes to the identical JSON-hex string. */
class FakeKeysTest {
    private final JsonNode fake = TestData.resource("vectors/stm/fake_keys.json");

    @Test
    void singleSignatures() throws StmException {
        for (JsonNode hex : fake.get("single_signature")) {
            assertEquals(hex.asText(), StmJsonHex.encode(StmJsonHex.decodeSingleSignature(hex.asText())));
        }
        assertEquals(4, fake.get("single_signature").size());
    }

    @Test
    void multiSignaturesRoundTripInEveryEncoding() throws StmException {
        for (JsonNode hex : fake.get("multi_signature")) {
            ConcatenationProof proof = StmJsonHex.decodeAggregateSignature(hex.asText());
            assertEquals(hex.asText(), StmJsonHex.encode(proof));
            assertEquals(proof, StmBytes.decodeAggregateSignature(StmBytes.aggregateSignatureToBytes(proof)));
            assertEquals(proof, StmBytes.decodeAggregateSignature(StmBytes.aggregateSignatureToLegacyBytes(proof)));
        }
        assertEquals(2, fake.get("multi_signature").size());
    }

    @Test
    void signerVerificationKeysHaveValidProofsOfPossession() throws StmException, BlsException {
        for (JsonNode hex : fake.get("signer_verification_key")) {
            BlsVerificationKeyProofOfPossession key = StmJsonHex.decodeVerificationKeyProofOfPossession(hex.asText());
            key.verify();
            assertEquals(hex.asText(), StmJsonHex.encode(key));
        }
        assertEquals(4, fake.get("signer_verification_key").size());
    }

    @Test
    void aggregateVerificationKeys() throws StmException {
        for (JsonNode hex : fake.get("aggregate_verification_key_for_concatenation")) {
            assertEquals(hex.asText(), StmJsonHex.encode(StmJsonHex.decodeAggregateVerificationKey(hex.asText())));
        }
        assertEquals(3, fake.get("aggregate_verification_key_for_concatenation").size());
    }
}
