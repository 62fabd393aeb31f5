package io.mithril.chain.devnet;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mithril.crypto.cardano.Blake2;
import io.mithril.crypto.cardano.PoolId;
import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.crypto.ed25519.Ed25519VerificationKey;

/**
 * The devnet stake pools, derived deterministically from a seed (text) and an index, so the chain observer and the
 * simulated signers agree without sharing files:
 * <ul>
 * <li>cold key seed = Blake2b-256(UTF-8 <code>"mithril-devnet-cold:" + seed + ":" + index</code>);</li>
 * <li>KES seed = Blake2b-256(UTF-8 <code>"mithril-devnet-kes:" + seed + ":" + index</code>);</li>
 * <li>pool id = bech32("pool", Blake2b-224(cold vk));</li>
 * <li>stake = ⌊10<sup>13</sup> / (index + 1)⌋ + (first 4 bytes of Blake2b-256(UTF-8
 * <code>"mithril-devnet-stake:" + seed + ":" + index</code>), big-endian unsigned, mod 10<sup>9</sup>) lovelace: a
 * Zipf-like skew (10 M ADA, 5 M, 3.3 M…) with a jitter below 1000 ADA so no two pools weigh the same.</li>
 * </ul>
 */
public final class DevnetPools {
    /** The seed used when none is configured (<code>devnet_seed</code>). */
    public static final String DEFAULT_SEED = "mithril-devnet";

    private static final long LARGEST_STAKE = 10_000_000_000_000L;
    private static final long JITTER = 1_000_000_000L;

    private DevnetPools() {
    }

    /** Pool {@code index} (0-based) of the default seed. */
    public static DevnetPool pool(int index) {
        return pool(DEFAULT_SEED, index);
    }

    public static DevnetPool pool(String seed, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("devnet pool index must not be negative: " + index);
        }
        Ed25519SigningKey coldKey = Ed25519SigningKey.fromSeed(hash("cold", seed, index));
        String poolId = poolIdOf(coldKey.verificationKey());
        long jitter = Integer.toUnsignedLong(ByteBuffer.wrap(hash("stake", seed, index)).getInt()) % JITTER;
        long stake = LARGEST_STAKE / (index + 1L) + jitter;
        return new DevnetPool(index, coldKey, hash("kes", seed, index), poolId, stake);
    }

    /** Pools 0 … count−1 of the default seed. */
    public static List<DevnetPool> pools(int count) {
        return pools(DEFAULT_SEED, count);
    }

    public static List<DevnetPool> pools(String seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("devnet pool count must not be negative: " + count);
        }
        List<DevnetPool> pools = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pools.add(pool(seed, i));
        }
        return pools;
    }

    /** The stake distribution (pool id → lovelace) of the first {@code count} pools of the default seed. */
    public static io.mithril.spi.chain.StakeDistribution distribution(int count) {
        return distribution(DEFAULT_SEED, count);
    }

    public static io.mithril.spi.chain.StakeDistribution distribution(String seed, int count) {
        Map<String, Long> stakes = new LinkedHashMap<>();
        for (DevnetPool pool : pools(seed, count)) {
            stakes.put(pool.poolId(), pool.stake());
        }
        return new io.mithril.spi.chain.StakeDistribution(stakes);
    }

    /** The Mithril party id of a cold verification key (dmq.md §5): bech32 of its Blake2b-224. */
    static String poolIdOf(Ed25519VerificationKey coldVerificationKey) {
        return PoolId.ofColdVerificationKey(coldVerificationKey).bech32();
    }

    private static byte[] hash(String purpose, String seed, int index) {
        String input = "mithril-devnet-" + purpose + ":" + seed + ":" + index;
        return Blake2.blake2b256(input.getBytes(StandardCharsets.UTF_8));
    }
}
