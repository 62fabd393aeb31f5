package io.mithril.store;

import org.osgi.annotation.versioning.ProviderType;

/** Upkeep of the databases (aggregator.md §2.7, §0). */
@ProviderType
public interface StoreMaintenance {
    /**
     * Prunes what retention allows at {@code currentEpoch} with {@code max(retentionLimit, 3)} epochs kept:
     * stake pools of epochs &lt; N − L, signer registrations &lt; N + 1 − L, epoch settings &lt; N − L.
     */
    void applyRetention(long currentEpoch, long retentionLimit);

    /** <code>PRAGMA wal_checkpoint(TRUNCATE)</code> on every database: the WAL files shrink to zero. */
    void checkpoint();

    /** VACUUMs <code>aggregator.sqlite3</code>. */
    void vacuum();

    /** VACUUMs when the <code>last_vacuum_time</code> file is absent or older than a week; true if it did. */
    boolean vacuumIfDue();
}
