package io.mithril.store;

import java.time.Instant;

/** A row of <code>stake_pool</code>: a pool's stake as stored under an epoch (aggregator.md §2.2: read at N, stored at N+1). */
public record StakePoolRecord(String stakePoolId, long epoch, long stake, Instant createdAt) {
}
