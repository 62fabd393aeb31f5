package io.mithril.chain.devnet;

import io.mithril.crypto.ed25519.Ed25519SigningKey;

/**
 * One devnet stake pool: its cold key (the Mithril party is <code>pool1…</code> of that key), a KES seed for its
 * operational certificates, and its stake in lovelace.
 */
public final class DevnetPool {
    private final int index;
    private final Ed25519SigningKey coldKey;
    private final byte[] kesSeed;
    private final String poolId;
    private final long stake;

    DevnetPool(int index, Ed25519SigningKey coldKey, byte[] kesSeed, String poolId, long stake) {
        this.index = index;
        this.coldKey = coldKey;
        this.kesSeed = kesSeed.clone();
        this.poolId = poolId;
        this.stake = stake;
    }

    public int index() {
        return index;
    }

    /** The 32-byte Ed25519 seed of the cold key. */
    public byte[] coldKeySeed() {
        return coldKey.seed();
    }

    public Ed25519SigningKey coldKey() {
        return coldKey;
    }

    /** A 32-byte seed for the pool's KES Sum6 key (<code>KesSecretKey</code> of crypto-cardano). */
    public byte[] kesSeed() {
        return kesSeed.clone();
    }

    /** bech32 <code>pool1…</code> of Blake2b-224 of the cold verification key: the Mithril party id. */
    public String poolId() {
        return poolId;
    }

    /** Lovelace, always positive. */
    public long stake() {
        return stake;
    }

    @Override
    public String toString() {
        return "DevnetPool[" + index + ", " + poolId + ", stake=" + stake + "]";
    }
}
