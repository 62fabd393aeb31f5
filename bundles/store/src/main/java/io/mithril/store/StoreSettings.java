package io.mithril.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How to open the store.
 *
 * @param dataStoresDirectory the directory of <code>aggregator.sqlite3</code> and <code>monitoring.sqlite3</code>, or
 *        <code>:memory:</code> for in-memory databases (tests, <code>environment=Test</code>)
 * @param busyTimeout how long a connection waits for a lock before failing with SQLITE_BUSY
 * @param readerConnections pooled read-only connections per database file (readers never wait for the writer in WAL)
 * @param checkpointInterval period of <code>wal_checkpoint(TRUNCATE)</code>; zero disables the schedule
 * @param walCheckpointBytes a write that leaves the WAL larger than this triggers a checkpoint at once
 */
public record StoreSettings(String dataStoresDirectory, Duration busyTimeout, int readerConnections,
        Duration checkpointInterval, long walCheckpointBytes) {

    public static final String IN_MEMORY = ":memory:";
    /** The configuration key (aggregator.md §6.2) read from PID <code>io.mithril.aggregator</code>. */
    public static final String DATA_STORES_DIRECTORY = "data_stores_directory";

    public StoreSettings {
        if (dataStoresDirectory == null || dataStoresDirectory.isBlank()) {
            throw new IllegalArgumentException(DATA_STORES_DIRECTORY + " is not set");
        }
        if (readerConnections < 1) {
            throw new IllegalArgumentException("readerConnections must be at least 1");
        }
    }

    /** Production defaults: 10 s busy timeout, 4 readers, a checkpoint every 5 minutes or past 64 MiB of WAL. */
    public static StoreSettings of(String dataStoresDirectory) {
        return new StoreSettings(dataStoresDirectory, Duration.ofSeconds(10), 4, Duration.ofMinutes(5),
                64L * 1024 * 1024);
    }

    public static StoreSettings of(Path dataStoresDirectory) {
        return of(dataStoresDirectory.toString());
    }

    /** From the aggregator configuration properties (snake_case keys). */
    public static StoreSettings fromConfiguration(Map<String, ?> properties) {
        Object directory = properties.get(DATA_STORES_DIRECTORY);
        if (directory == null || directory.toString().isBlank()) {
            throw new IllegalArgumentException("configuration key '" + DATA_STORES_DIRECTORY + "' is not set");
        }
        return of(directory.toString());
    }

    public boolean inMemory() {
        return IN_MEMORY.equals(dataStoresDirectory);
    }

    public StoreSettings withCheckpoints(Duration interval, long walBytes) {
        return new StoreSettings(dataStoresDirectory, busyTimeout, readerConnections, interval, walBytes);
    }

    public StoreSettings withBusyTimeout(Duration timeout) {
        return new StoreSettings(dataStoresDirectory, timeout, readerConnections, checkpointInterval,
                walCheckpointBytes);
    }
}
