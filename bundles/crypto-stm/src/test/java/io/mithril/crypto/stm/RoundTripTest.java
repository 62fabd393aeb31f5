package io.mithril.crypto.stm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.crypto.bls.BlsSecretKey;
import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.stm.codec.StmBytes;
import io.mithril.crypto.stm.codec.StmJson;
import io.mithril.crypto.stm.codec.StmJsonHex;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** keygen -> register -> close -> sign -> aggregate -> encode -> decode -> verify, for 1..40 signers. */
class RoundTripTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(2024);
    private static final Parameters SIGNING = new Parameters(40, 1, 0.6);

    @Test
    void oneToFortySigners() throws StmException {
        int aggregates = 0;
        for (int n = 1; n <= 40; n++) {
            byte[] msg = ("message " + n).getBytes(StandardCharsets.UTF_8);
            List<BlsSecretKey> keys = new ArrayList<>();
            KeyRegistration reg = new KeyRegistration();
            for (int i = 0; i < n; i++) {
                BlsSecretKey k = KeyRegistrationTest.key();
                keys.add(k);
                BlsVerificationKeyProofOfPossession pop = k.verificationKeyProofOfPossession();
                reg.register(StmJsonHex.decodeVerificationKeyProofOfPossession(StmJsonHex.encode(pop)),
                        1 + (RANDOM.nextLong() >>> 24));
            }
            ClosedKeyRegistration closed = reg.close();
            assertEquals(n, closed.aggregateVerificationKey().nrLeaves());
            List<SingleSignature> received = new ArrayList<>();
            for (BlsSecretKey k : keys) {
                for (SingleSignature s : new StmSigner(SIGNING, k, closed).sign(msg).stream().toList()) {
                    SingleSignature wire = StmJsonHex.decodeSingleSignature(StmJsonHex.encode(s));
                    assertEquals(s, wire);
                    assertEquals(s, StmBytes.decodeSingleSignature(StmBytes.toBytes(s)));
                    assertEquals(s, StmBytes.decodeSingleSignature(StmBytes.toLegacyBytes(s)));
                    received.add(wire);
                }
            }
            long distinct = received.stream().flatMapToLong(s -> Arrays.stream(s.indexes())).distinct().count();
            if (distinct == 0) {
                continue;
            }
            Parameters params = new Parameters(SIGNING.m(), Math.max(1, distinct / 2), SIGNING.phiF());
            Clerk clerk = new Clerk(params, closed);
            for (SingleSignature s : received) {
                clerk.verify(s, msg);
            }
            ConcatenationProof proof = clerk.aggregate(received, msg);
            AggregateVerificationKey avk = StmJsonHex.decodeAggregateVerificationKey(
                    StmJsonHex.encode(closed.aggregateVerificationKey()));
            assertEquals(closed.aggregateVerificationKey(), avk);

            ConcatenationProof viaJsonHex = StmJsonHex.decodeAggregateSignature(StmJsonHex.encode(proof));
            assertEquals(proof, viaJsonHex);
            viaJsonHex.verify(msg, avk, params);
            assertEquals(StmJson.toJson(proof), StmJson.toJson(viaJsonHex));
            assertRoundTripsInEveryEncoding(proof, avk, params);
            aggregates++;
        }
        assertTrue(aggregates >= 38, "aggregates built: " + aggregates);
    }

    private static void assertRoundTripsInEveryEncoding(ConcatenationProof proof, AggregateVerificationKey avk,
                                                        Parameters params) throws StmException {
        assertEquals(proof, StmBytes.decodeAggregateSignature(StmBytes.aggregateSignatureToBytes(proof)));
        assertEquals(proof, StmBytes.decodeAggregateSignature(StmBytes.aggregateSignatureToLegacyBytes(proof)));
        assertEquals(proof, StmBytes.decodeConcatenationProof(StmBytes.concatenationProofToBytes(proof)));
        assertEquals(proof, StmBytes.decodeConcatenationProof(StmBytes.concatenationProofToLegacyBytes(proof)));
        assertEquals(proof, StmJsonHex.decodeAggregateSignature(
                io.mithril.crypto.testutil.TestData.HEX.formatHex(StmBytes.aggregateSignatureToBytes(proof))));
        assertEquals(avk, StmBytes.decodeAggregateVerificationKey(StmBytes.toBytes(avk)));
        assertEquals(avk, StmBytes.decodeAggregateVerificationKey(StmBytes.toLegacyBytes(avk)));
        assertEquals(avk, StmJsonHex.decodeAggregateVerificationKey(
                io.mithril.crypto.testutil.TestData.HEX.formatHex(StmBytes.toLegacyBytes(avk))));
        assertEquals(params, StmBytes.decodeParameters(StmBytes.toBytes(params)));
        assertEquals(params, StmBytes.decodeParameters(StmBytes.toLegacyBytes(params)));
        assertEquals(params, StmJson.decodeParameters(StmJson.toJson(params)));
        for (SingleSignatureWithRegisteredParty s : proof.signatures()) {
            assertEquals(s, StmJson.decodeSignatureWithParty(StmJson.toJson(s)));
            assertEquals(s, StmBytes.decodeSignatureWithParty(StmBytes.toBytes(s)));
            assertEquals(s, StmBytes.decodeSignatureWithParty(StmBytes.toLegacyBytes(s)));
            RegistrationEntry e = s.registrationEntry();
            assertEquals(e, StmJson.decodeRegistrationEntry(StmJson.toJson(e)));
            assertEquals(e, StmBytes.decodeRegistrationEntry(StmBytes.toBytes(e)));
            assertEquals(e, StmBytes.decodeRegistrationEntry(StmBytes.toLegacyBytes(e)));
        }
        MerkleBatchPath path = proof.batchProof();
        assertEquals(path, StmJson.decodeBatchPath(StmJson.toJson(path)));
        assertEquals(path, StmBytes.decodeBatchPath(StmBytes.toBytes(path)));
        assertEquals(path, StmBytes.decodeBatchPath(StmBytes.toLegacyBytes(path)));
        assertArrayEquals(StmBytes.toBytes(path), StmBytes.toBytes(StmBytes.decodeBatchPath(StmBytes.toBytes(path))));
    }

    @Test
    void parametersWithOtherFloatWidthsRoundTrip() throws StmException {
        for (double phi : new double[] {0.5, 0.25, 0.1f, 0.2, 0.95, 1.0, 0.000123}) {
            Parameters p = new Parameters(100, 5, phi);
            assertEquals(p, StmBytes.decodeParameters(StmBytes.toBytes(p)));
            assertEquals(p, StmJson.decodeParameters(StmJson.toJson(p)));
        }
        assertEquals(new Parameters(105, 70, 0.95), StmJson.decodeParameters("{\"k\":70,\"m\":105,\"phi_f\":0.95}"));
    }
}
