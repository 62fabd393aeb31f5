package io.mithril.crypto.bls;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import supranational.blst.BLST_ERROR;
import supranational.blst.P1;
import supranational.blst.P1_Affine;
import supranational.blst.P2_Affine;
import supranational.blst.PT;

/** Shared blst calls. Mithril hashes to G1 with an EMPTY DST and no augmentation, unlike the standard suites. */
final class Blst {
    static final String EMPTY_DST = "";
    static final byte[] NO_AUG = new byte[0];
    static final P1_Affine G1 = P1_Affine.generator();
    static final P2_Affine G2 = P2_Affine.generator();
    /** Order of the BLS12-381 scalar field. */
    static final BigInteger R =
            new BigInteger("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16);
    /** The message signed by the first half of a proof of possession. */
    static final byte[] POP_MESSAGE = "PoP".getBytes(StandardCharsets.US_ASCII);
    /** H_G1("PoP") never changes: hash it once. */
    static final P1_Affine POP_HASH = hashToG1(POP_MESSAGE);

    private Blst() {
    }

    static P1_Affine hashToG1(byte[] msg) {
        return new P1().hash_to(msg, EMPTY_DST, NO_AUG).to_affine();
    }

    /** e(a1, b1) == e(a2, b2): two Miller loops and one final exponentiation. */
    static boolean pairingsEqual(P1_Affine a1, P2_Affine b1, P1_Affine a2, P2_Affine b2) {
        return PT.finalverify(new PT(a1, b1), new PT(a2, b2));
    }

    /** Full BLS verification: e(sig, g2) == e(H_G1(msg), vk). Points must already be validated. */
    static boolean verify(P1_Affine sig, P2_Affine vk, byte[] msg) {
        return sig.core_verify(vk, true, msg, EMPTY_DST, NO_AUG) == BLST_ERROR.BLST_SUCCESS;
    }

    static P1_Affine decodeG1(byte[] bytes, int expectedLength, String what) throws BlsException {
        if (bytes == null || bytes.length != expectedLength) {
            throw new BlsException(BlsError.INVALID_ENCODING, what + " must be " + expectedLength + " bytes");
        }
        P1_Affine point;
        try {
            point = new P1_Affine(bytes);
        } catch (RuntimeException e) {
            throw new BlsException(BlsError.INVALID_ENCODING, what + ": " + e.getMessage());
        }
        if (!point.is_inf() && !point.in_group()) {
            throw new BlsException(BlsError.POINT_NOT_IN_GROUP, what + " is not in the G1 subgroup");
        }
        return point;
    }

    static P2_Affine decodeG2(byte[] bytes, String what) throws BlsException {
        if (bytes == null || bytes.length != BlsVerificationKey.SIZE) {
            throw new BlsException(BlsError.INVALID_ENCODING, what + " must be " + BlsVerificationKey.SIZE + " bytes");
        }
        P2_Affine point;
        try {
            point = new P2_Affine(bytes);
        } catch (RuntimeException e) {
            throw new BlsException(BlsError.INVALID_ENCODING, what + ": " + e.getMessage());
        }
        if (!point.is_inf() && !point.in_group()) {
            throw new BlsException(BlsError.POINT_NOT_IN_GROUP, what + " is not in the G2 subgroup");
        }
        return point;
    }
}
