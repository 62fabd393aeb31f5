package io.mithril.store.internal;

import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.store.StoreTransactions;

/** Transactions spanning several repositories of <code>aggregator.sqlite3</code>. */
@Component(service = StoreTransactions.class)
public final class SqliteStoreTransactions implements StoreTransactions {
    private final SqliteDatabase database;

    // Not public: DS must only see the @Activate constructor (same parameter count).
    SqliteStoreTransactions(SqliteDatabase database) {
        this.database = database;
    }

    @Activate
    public SqliteStoreTransactions(@Reference StoreDatabases databases) {
        this(databases.aggregator());
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.write(dsl -> work.get());
    }
}
