package io.mithril.crypto.bls;

import java.util.Arrays;
import supranational.blst.P1_Affine;

/** Proof of possession {@code k1 || k2} (96 bytes): k1 = sk * H_G1("PoP"), k2 = sk * g1, both G1 compressed. */
public final class BlsProofOfPossession {
    public static final int SIZE = 96;

    private final P1_Affine k1;
    private final P1_Affine k2;
    private final byte[] bytes;

    BlsProofOfPossession(P1_Affine k1, P1_Affine k2) {
        this.k1 = k1;
        this.k2 = k2;
        this.bytes = new byte[SIZE];
        System.arraycopy(k1.compress(), 0, bytes, 0, 48);
        System.arraycopy(k2.compress(), 0, bytes, 48, 48);
    }

    public static BlsProofOfPossession fromBytes(byte[] bytes) throws BlsException {
        if (bytes.length != SIZE) {
            throw new BlsException(BlsError.INVALID_ENCODING, "proof of possession must be 96 bytes");
        }
        P1_Affine k1 = Blst.decodeG1(Arrays.copyOfRange(bytes, 0, 48), 48, "proof of possession k1");
        P1_Affine k2 = Blst.decodeG1(Arrays.copyOfRange(bytes, 48, 96), 48, "proof of possession k2");
        return new BlsProofOfPossession(k1, k2);
    }

    /** Valid iff e(k1, g2) == e(H_G1("PoP"), vk) and e(g1, vk) == e(k2, g2). */
    boolean provesPossessionOf(BlsVerificationKey vk) {
        if (k1.is_inf() || k2.is_inf()) {
            return false;
        }
        return Blst.pairingsEqual(k1, Blst.G2, Blst.POP_HASH, vk.point())
                && Blst.pairingsEqual(Blst.G1, vk.point(), k2, Blst.G2);
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlsProofOfPossession && Arrays.equals(bytes, ((BlsProofOfPossession) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
