package io.mithril.devnet;

import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import io.mithril.spi.chain.StakeDistribution;

/**
 * The stake distributions a signer has recorded, keyed like the reference's signer stake store: the snapshot read
 * during epoch N is stored under N + 1 (the recording offset, aggregator.md §2.2). Thread-safe.
 * <p>
 * A signer started mid-run has not seen the snapshots of the epochs before its first one. The devnet's distribution
 * never changes, so the first snapshot also stands in for the two previous keys, which lets a restarted devnet sign
 * at once instead of two epochs later (docs/decisions/devnet-signers.md).
 */
public final class StakeStore {
    /** How many keys are kept: enough for current (N−1), next (N) and recording (N+1) lookups, plus slack. */
    private static final int RETAINED_EPOCHS = 6;

    private final NavigableMap<Long, StakeDistribution> byKey = new TreeMap<>();

    /** Records the snapshot read during {@code epoch} under {@code epoch + 1}, unless one is stored already. */
    public synchronized void recordReadDuring(long epoch, StakeDistribution distribution) {
        long key = epoch + 1;
        if (byKey.isEmpty()) {
            byKey.put(key - 2, distribution);
            byKey.put(key - 1, distribution);
        }
        byKey.putIfAbsent(key, distribution);
        while (byKey.size() > RETAINED_EPOCHS) {
            byKey.pollFirstEntry();
        }
    }

    /** Stores a distribution under an exact key (tests, fixtures). */
    public synchronized void put(long key, StakeDistribution distribution) {
        byKey.put(key, distribution);
    }

    /** The distribution stored under {@code key}. */
    public synchronized Optional<StakeDistribution> get(long key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
