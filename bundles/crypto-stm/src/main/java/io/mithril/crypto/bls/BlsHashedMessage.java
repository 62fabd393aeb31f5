package io.mithril.crypto.bls;

import supranational.blst.P1_Affine;

/**
 * A message already hashed to G1 (empty DST). Verifying many signatures of the same message (all single signatures
 * of one open message) can hash it once.
 */
public final class BlsHashedMessage {
    private final P1_Affine point;

    private BlsHashedMessage(P1_Affine point) {
        this.point = point;
    }

    public static BlsHashedMessage of(byte[] msg) {
        return new BlsHashedMessage(Blst.hashToG1(msg));
    }

    P1_Affine point() {
        return point;
    }
}
