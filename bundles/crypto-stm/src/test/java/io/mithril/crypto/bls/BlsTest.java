package io.mithril.crypto.bls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BlsTest {
    private static final byte[] MSG = "message".getBytes(StandardCharsets.US_ASCII);
    private static final SplittableRandom RANDOM = new SplittableRandom(11);

    private static BlsSecretKey key() {
        byte[] ikm = new byte[32];
        RANDOM.nextBytes(ikm);
        return BlsSecretKey.fromIkm(ikm);
    }

    private interface Action {
        void run() throws BlsException;
    }

    private static BlsError kind(Action a) {
        return assertThrows(BlsException.class, a::run).kind();
    }

    @Test
    void signatureVerifiesOnlyForItsKeyAndMessage() throws BlsException {
        BlsSecretKey sk = key();
        BlsSignature sig = sk.sign(MSG);
        sig.verify(MSG, sk.verificationKey());
        sig.verify(BlsHashedMessage.of(MSG), sk.verificationKey());
        assertEquals(BlsError.SIGNATURE_INVALID, kind(() -> sig.verify("other".getBytes(), sk.verificationKey())));
        assertEquals(BlsError.SIGNATURE_INVALID, kind(() -> sig.verify(MSG, key().verificationKey())));
        assertEquals(sig, BlsSignature.fromBytes(sig.toBytes()));
        assertEquals(sk.verificationKey(), BlsVerificationKey.fromBytes(sk.verificationKey().toBytes()));
    }

    @Test
    void decodingRejectsBadPointsWithTheSpecificKind() {
        byte[] infinityG1 = new byte[48];
        infinityG1[0] = (byte) 0xc0;
        byte[] infinityG2 = new byte[96];
        infinityG2[0] = (byte) 0xc0;
        assertEquals(BlsError.SIGNATURE_INFINITY, kind(() -> BlsSignature.fromBytes(infinityG1)));
        assertEquals(BlsError.VERIFICATION_KEY_INFINITY, kind(() -> BlsVerificationKey.fromBytes(infinityG2)));
        assertEquals(BlsError.INVALID_ENCODING, kind(() -> BlsSignature.fromBytes(new byte[48])));
        assertEquals(BlsError.INVALID_ENCODING, kind(() -> BlsSignature.fromBytes(new byte[47])));
        assertEquals(BlsError.INVALID_ENCODING, kind(() -> BlsVerificationKey.fromBytes(new byte[95])));
        // An x on the curve but outside the prime-order subgroup: flip bits of a valid point until one decodes.
        byte[] valid = key().sign(MSG).toBytes();
        int notInGroup = 0;
        for (int bit = 0; bit < 8 && notInGroup == 0; bit++) {
            for (int b = 1; b < 48 && notInGroup == 0; b++) {
                byte[] flipped = valid.clone();
                flipped[b] ^= (byte) (1 << bit);
                try {
                    new supranational.blst.P1_Affine(flipped);
                    assertEquals(BlsError.POINT_NOT_IN_GROUP, kind(() -> BlsSignature.fromBytes(flipped)));
                    notInGroup++;
                } catch (RuntimeException offCurve) {
                    assertEquals(BlsError.INVALID_ENCODING, kind(() -> BlsSignature.fromBytes(flipped)));
                }
            }
        }
        assertEquals(1, notInGroup);
    }

    @Test
    void proofOfPossessionBindsTheKey() throws BlsException {
        BlsSecretKey a = key();
        BlsSecretKey b = key();
        a.verificationKeyProofOfPossession().verify();
        BlsVerificationKeyProofOfPossession mixed =
                new BlsVerificationKeyProofOfPossession(a.verificationKey(), b.proofOfPossession());
        assertEquals(BlsError.PROOF_OF_POSSESSION_INVALID, kind(mixed::verify));
        BlsVerificationKeyProofOfPossession raw = BlsVerificationKeyProofOfPossession.fromBytes(
                a.verificationKeyProofOfPossession().toBytes());
        assertEquals(a.verificationKeyProofOfPossession(), raw);
        // k1 and k2 swapped: each half is a valid point, but the equations fail.
        byte[] pop = a.proofOfPossession().toBytes();
        byte[] swapped = new byte[96];
        System.arraycopy(pop, 48, swapped, 0, 48);
        System.arraycopy(pop, 0, swapped, 48, 48);
        BlsVerificationKeyProofOfPossession swappedPop =
                new BlsVerificationKeyProofOfPossession(a.verificationKey(), BlsProofOfPossession.fromBytes(swapped));
        assertEquals(BlsError.PROOF_OF_POSSESSION_INVALID, kind(swappedPop::verify));
    }

    @Test
    void secretKeyBytesMustBeAScalar() {
        assertEquals(BlsError.INVALID_ENCODING, kind(() -> BlsSecretKey.fromBytes(new byte[32])));
        byte[] r = new BigInteger("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16).toByteArray();
        assertEquals(BlsError.INVALID_ENCODING, kind(() -> BlsSecretKey.fromBytes(r)));
    }

    @Test
    void weightedAggregateVerifiesAndCatchesASwap() throws BlsException {
        List<BlsVerificationKey> vks = new ArrayList<>();
        List<BlsSignature> sigs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            BlsSecretKey sk = key();
            vks.add(sk.verificationKey());
            sigs.add(sk.sign(MSG));
        }
        BlsAggregate.verify(vks, sigs, MSG);
        BlsAggregate.verify(vks.subList(0, 1), sigs.subList(0, 1), MSG);
        BlsAggregate.verify(vks.subList(0, 2), sigs.subList(0, 2), MSG);
        assertEquals(BlsError.AGGREGATE_SIGNATURE_INVALID, kind(() -> BlsAggregate.verify(vks, sigs, "x".getBytes())));
        List<BlsSignature> swapped = new ArrayList<>(sigs);
        swapped.set(0, sigs.get(1));
        swapped.set(1, sigs.get(0));
        // Unweighted sums would still match; the weights make a swap fail.
        assertEquals(BlsError.AGGREGATE_SIGNATURE_INVALID, kind(() -> BlsAggregate.verify(vks, swapped, MSG)));
        assertEquals(BlsError.AGGREGATE_SIGNATURE_INVALID, kind(() -> BlsAggregate.verify(vks, sigs.subList(0, 5), MSG)));
        assertEquals(BlsError.AGGREGATE_SIGNATURE_INVALID, kind(() -> BlsAggregate.verify(List.of(), List.of(), MSG)));
    }

    @Test
    void weightsAre128BitAndDependOnEverySignature() {
        List<BlsSignature> sigs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sigs.add(key().sign(MSG));
        }
        BigInteger[] w = BlsAggregate.weights(sigs);
        for (BigInteger x : w) {
            assertTrue(x.signum() > 0 && x.bitLength() <= 128);
        }
        assertNotEquals(w[0], w[1]);
        assertEquals(List.of(w), List.of(BlsAggregate.weights(sigs)));
        List<BlsSignature> changed = new ArrayList<>(sigs);
        changed.set(3, key().sign(MSG));
        assertNotEquals(w[0], BlsAggregate.weights(changed)[0]);
    }
}
