package io.mithril.store;

import java.util.function.Supplier;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs several repository writes on <code>aggregator.sqlite3</code> as one transaction (e.g. insert a certificate and
 * mark its open message certified). Repository calls made by the same thread inside join it.
 */
@ProviderType
public interface StoreTransactions {
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
