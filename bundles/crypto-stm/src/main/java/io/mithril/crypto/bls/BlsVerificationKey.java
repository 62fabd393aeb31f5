package io.mithril.crypto.bls;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import supranational.blst.P2;
import supranational.blst.P2_Affine;

/**
 * A verification key: a G2 point, 96-byte compressed. Immutable; validated once when decoded (on the curve, in the
 * subgroup, not infinity) so later checks can skip decompression. Ordered by its compressed bytes (unsigned), which is
 * the tie-break of the key registration order.
 */
public final class BlsVerificationKey implements Comparable<BlsVerificationKey> {
    public static final int SIZE = 96;

    /** Validated keys by their bytes: the same registered keys appear in every certificate of an epoch. */
    private static final int CACHE_LIMIT = 20_000;
    private static final ConcurrentHashMap<ByteBuffer, BlsVerificationKey> VALIDATED = new ConcurrentHashMap<>();

    private final byte[] bytes;
    private final P2_Affine point;
    private final int hash;

    private BlsVerificationKey(byte[] bytes, P2_Affine point) {
        this.bytes = bytes;
        this.point = point;
        this.hash = Arrays.hashCode(bytes);
    }

    /** Decodes and validates a compressed key (decompression and subgroup check are skipped for a known key). */
    public static BlsVerificationKey fromBytes(byte[] compressed) throws BlsException {
        BlsVerificationKey known = VALIDATED.get(ByteBuffer.wrap(compressed));
        if (known != null) {
            return known;
        }
        P2_Affine point = Blst.decodeG2(compressed, "verification key");
        if (point.is_inf()) {
            throw new BlsException(BlsError.VERIFICATION_KEY_INFINITY, "verification key is the point at infinity");
        }
        BlsVerificationKey key = new BlsVerificationKey(compressed.clone(), point);
        if (VALIDATED.size() >= CACHE_LIMIT) {
            VALIDATED.clear();
        }
        VALIDATED.putIfAbsent(ByteBuffer.wrap(key.bytes), key);
        return key;
    }

    static BlsVerificationKey of(P2 point) {
        P2_Affine affine = point.to_affine();
        return new BlsVerificationKey(affine.compress(), affine);
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    P2_Affine point() {
        return point;
    }

    @Override
    public int compareTo(BlsVerificationKey other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlsVerificationKey && Arrays.equals(bytes, ((BlsVerificationKey) o).bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "BlsVerificationKey[" + HexFormat.of().formatHex(bytes) + "]";
    }
}
