package io.mithril.crypto.bls;

import java.util.Arrays;
import java.util.HexFormat;
import supranational.blst.P1;
import supranational.blst.P1_Affine;

/**
 * A BLS signature: a G1 point, 48-byte compressed. Validated once when decoded (on the curve, in the subgroup, not
 * infinity, as the reference's {@code sig_validate(.., true)}). Ordered by its compressed bytes (unsigned), which
 * decides lottery-index conflicts in the clerk.
 */
public final class BlsSignature implements Comparable<BlsSignature> {
    public static final int SIZE = 48;

    private final byte[] bytes;
    private final P1_Affine point;
    private final int hash;

    private BlsSignature(byte[] bytes, P1_Affine point) {
        this.bytes = bytes;
        this.point = point;
        this.hash = Arrays.hashCode(bytes);
    }

    /** Decodes and validates a compressed signature. */
    public static BlsSignature fromBytes(byte[] compressed) throws BlsException {
        P1_Affine point = Blst.decodeG1(compressed, SIZE, "signature");
        if (point.is_inf()) {
            throw new BlsException(BlsError.SIGNATURE_INFINITY, "signature is the point at infinity");
        }
        return new BlsSignature(compressed.clone(), point);
    }

    static BlsSignature of(P1 point) {
        P1_Affine affine = point.to_affine();
        return new BlsSignature(affine.compress(), affine);
    }

    /** Checks e(sigma, g2) == e(H_G1(msg), vk) with the empty DST. */
    public void verify(byte[] msg, BlsVerificationKey vk) throws BlsException {
        verify(BlsHashedMessage.of(msg), vk);
    }

    /** Same as {@link #verify(byte[], BlsVerificationKey)} with the hash to G1 done once by the caller. */
    public void verify(BlsHashedMessage msg, BlsVerificationKey vk) throws BlsException {
        if (!Blst.pairingsEqual(point, Blst.G2, msg.point(), vk.point())) {
            throw new BlsException(BlsError.SIGNATURE_INVALID, "signature does not verify for this key and message");
        }
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    P1_Affine point() {
        return point;
    }

    @Override
    public int compareTo(BlsSignature other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlsSignature && Arrays.equals(bytes, ((BlsSignature) o).bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "BlsSignature[" + HexFormat.of().formatHex(bytes) + "]";
    }
}
