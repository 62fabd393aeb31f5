package io.mithril.spi.chain;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stake of each pool, keyed by bech32 pool id (<code>pool1…</code>), in lovelace. Stakes are unsigned 64-bit values
 * held in a <code>long</code>; compare them with {@link Long#compareUnsigned}. Pools with zero stake are absent.
 */
public record StakeDistribution(Map<String, Long> stakeByPoolId) {
    public StakeDistribution {
        stakeByPoolId = Collections.unmodifiableMap(new TreeMap<>(stakeByPoolId));
    }

    public long stakeOf(String poolId) {
        return stakeByPoolId.getOrDefault(poolId, 0L);
    }

    public boolean isEmpty() {
        return stakeByPoolId.isEmpty();
    }
}
