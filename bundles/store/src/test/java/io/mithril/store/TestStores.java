package io.mithril.store;

import java.nio.file.Path;

/** Stores on real SQLite files in a test's temporary directory. */
public final class TestStores {
    private TestStores() {
    }

    public static AggregatorStore openIn(Path directory) {
        return Stores.open(StoreSettings.of(directory));
    }

    /** A store holding the whole devnet certificate chain. */
    public static AggregatorStore withDevnetCertificates(Path directory) {
        AggregatorStore store = openIn(directory);
        DevnetData.certificatesInCreationOrder().forEach(store.certificates()::insert);
        return store;
    }
}
