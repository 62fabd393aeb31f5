package io.mithril.store;

import java.time.Instant;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/** Stake distributions per epoch (<code>stake_pool</code>). */
@ProviderType
public interface StakePoolRepository {
    /** Stores (inserting or replacing) the stakes of an epoch, in one transaction. */
    void save(long epoch, Map<String, Long> stakeByPoolId, Instant at);

    /** The stakes stored under an epoch, pool id to stake, ordered by pool id; empty when none. */
    Map<String, Long> byEpoch(long epoch);

    boolean hasEpoch(long epoch);
}
