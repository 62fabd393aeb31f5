package io.mithril.crypto.cardano;

import io.mithril.crypto.ed25519.Ed25519VerificationKey;
import java.util.Arrays;
import org.bouncycastle.util.encoders.Hex;

/**
 * A stake pool id: Blake2b-224 of the pool's cold verification key. Mithril's party id is its bech32 form with HRP
 * {@code pool} (dmq.md §3.1, aggregator.md §1.3).
 */
public final class PoolId implements Comparable<PoolId> {
    public static final String HRP = "pool";
    public static final int SIZE = 28;

    private final byte[] hash;
    private final String bech32;

    private PoolId(byte[] hash) {
        this.hash = hash;
        this.bech32 = Bech32.encode(HRP, hash);
    }

    /** The pool id of a cold verification key. */
    public static PoolId ofColdVerificationKey(Ed25519VerificationKey coldVerificationKey) {
        return new PoolId(Blake2.blake2b224(coldVerificationKey.toBytes()));
    }

    /** Wraps a 28-byte pool key hash. */
    public static PoolId fromHash(byte[] hash) {
        if (hash == null || hash.length != SIZE) {
            throw new IllegalArgumentException("pool id hash must be " + SIZE + " bytes");
        }
        return new PoolId(hash.clone());
    }

    /** Parses {@code pool1…}. */
    public static PoolId parse(String bech32) {
        Bech32.Decoded decoded = Bech32.decode(bech32);
        if (!HRP.equals(decoded.hrp())) {
            throw new IllegalArgumentException("not a pool id: human-readable part '" + decoded.hrp() + "'");
        }
        return fromHash(decoded.data());
    }

    /** The Mithril party id form, {@code pool1…}. */
    public String bech32() {
        return bech32;
    }

    public byte[] hash() {
        return hash.clone();
    }

    /** Lowercase hex of the 28-byte hash (the cardano-cli stake snapshot key). */
    public String hex() {
        return Hex.toHexString(hash);
    }

    @Override
    public int compareTo(PoolId other) {
        return bech32.compareTo(other.bech32);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PoolId && Arrays.equals(hash, ((PoolId) o).hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return bech32;
    }
}
