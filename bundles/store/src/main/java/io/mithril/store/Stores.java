package io.mithril.store;

import io.mithril.store.internal.DefaultAggregatorStore;

/** Opens the store without OSGi. */
public final class Stores {
    private Stores() {
    }

    /**
     * Opens (creating if needed) and migrates <code>aggregator.sqlite3</code> and <code>monitoring.sqlite3</code>.
     *
     * @throws StoreException if a database cannot be opened or is newer than this software
     */
    public static AggregatorStore open(StoreSettings settings) {
        return DefaultAggregatorStore.open(settings);
    }
}
