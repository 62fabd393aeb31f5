package io.mithril.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.store.AggregatorStore;
import io.mithril.store.ImmutableFileDigestRecord;
import io.mithril.store.StoreException;
import io.mithril.store.StoreSettings;
import io.mithril.store.Stores;

/** Connections, concurrency and WAL checkpoints on real files. */
class SqliteDatabaseTest {
    @TempDir
    Path directory;

    /** No schedule, no size trigger: checkpoints only when the test asks. */
    private StoreSettings manualCheckpoints() {
        return StoreSettings.of(directory).withCheckpoints(Duration.ZERO, Long.MAX_VALUE);
    }

    private static void writeDigests(AggregatorStore store, int from, int count) {
        List<ImmutableFileDigestRecord> digests = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            digests.add(new ImmutableFileDigestRecord("%05d.chunk".formatted(i), "%064x".formatted(i)));
        }
        store.immutableFileDigests().save(digests);
    }

    @Test
    void readersNeverSeeALockedDatabaseWhileOneWriterWritesAndCheckpoints() throws Exception {
        StoreSettings settings = StoreSettings.of(directory).withCheckpoints(Duration.ofMillis(5), 256 * 1024);
        try (AggregatorStore store = Stores.open(settings)) {
            int readers = 4;
            int batches = 200;
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger reads = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                threads.add(new Thread(() -> {
                    try {
                        start.await();
                        // Bounded: stop with the writer, or after a generous number of reads.
                        for (int i = 0; i < 200_000 && writing.get(); i++) {
                            int seen = store.immutableFileDigests().all().size();
                            store.events().latest(5);
                            if (seen % 10 != 0) {
                                throw new AssertionError("saw a partial batch: " + seen);
                            }
                            reads.incrementAndGet();
                        }
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }));
            }
            Thread writer = new Thread(() -> {
                try {
                    start.await();
                    for (int b = 0; b < batches; b++) {
                        writeDigests(store, b * 10, 10); // 10 rows per transaction
                        store.events().append("test", "write", "{\"batch\":" + b + "}", Map.of());
                        if (b % 50 == 0) {
                            store.maintenance().checkpoint();
                        }
                    }
                } catch (Throwable t) {
                    failures.add(t);
                } finally {
                    writing.set(false);
                }
            });
            threads.add(writer);
            threads.forEach(Thread::start);
            start.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            assertEquals(List.of(), new ArrayList<>(failures));
            assertEquals(batches * 10, store.immutableFileDigests().all().size());
            // Once the readers are gone a checkpoint empties the WAL, whatever happened meanwhile.
            store.maintenance().checkpoint();
            assertEquals(0, ((DefaultAggregatorStore) store).databases().aggregator().walSize());
            assertEquals(0, ((DefaultAggregatorStore) store).databases().monitoring().walSize());
            assertTrue(reads.get() >= readers, "every reader read at least once: " + reads.get());
        }
    }

    @Test
    void aCheckpointEmptiesTheWal() {
        try (AggregatorStore store = Stores.open(manualCheckpoints())) {
            SqliteDatabase database = ((DefaultAggregatorStore) store).databases().aggregator();
            writeDigests(store, 0, 500);
            assertTrue(database.walSize() > 0, "writes went to the WAL");
            store.maintenance().checkpoint();
            assertEquals(0, database.walSize());
            assertEquals(500, store.immutableFileDigests().all().size());
        }
    }

    @Test
    void theScheduleCheckpointsWithoutBeingAsked() throws Exception {
        StoreSettings settings = StoreSettings.of(directory).withCheckpoints(Duration.ofMillis(20), Long.MAX_VALUE);
        try (AggregatorStore store = Stores.open(settings)) {
            SqliteDatabase database = ((DefaultAggregatorStore) store).databases().aggregator();
            writeDigests(store, 0, 500);
            // Bounded wait for the background checkpoint; the bound is generous and not what is tested.
            Instant deadline = Instant.now().plusSeconds(30);
            while (database.walSize() > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(10);
            }
            assertEquals(0, database.walSize());
        }
    }

    @Test
    void aBigWriteCheckpointsAtOnce() {
        StoreSettings settings = StoreSettings.of(directory).withCheckpoints(Duration.ZERO, 64 * 1024);
        try (AggregatorStore store = Stores.open(settings)) {
            SqliteDatabase database = ((DefaultAggregatorStore) store).databases().aggregator();
            writeDigests(store, 0, 5);
            assertTrue(database.walSize() > 0 && database.walSize() <= 64 * 1024, "a small write stays in the WAL");
            writeDigests(store, 100, 5000);
            assertEquals(0, database.walSize(), "the big write was checkpointed");
        }
    }

    @Test
    void aWriterOfAnotherProcessMakesWritesWaitThenFailAsBusy() throws Exception {
        StoreSettings settings = manualCheckpoints().withBusyTimeout(Duration.ofMillis(200));
        try (AggregatorStore store = Stores.open(settings);
                java.sql.Connection other = java.sql.DriverManager
                        .getConnection("jdbc:sqlite:" + directory.resolve(StoreDatabases.AGGREGATOR_FILE))) {
            writeDigests(store, 0, 1);
            try (java.sql.Statement statement = other.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                // Readers are not blocked by the other writer...
                assertEquals(1, store.immutableFileDigests().all().size());
                // ...but our writer cannot get the write lock within the busy timeout.
                StoreException busy = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                        () -> writeDigests(store, 1, 1));
                assertTrue(busy.isBusy(), busy.getMessage());
                statement.execute("ROLLBACK");
            }
            writeDigests(store, 1, 1);
            assertEquals(2, store.immutableFileDigests().all().size());
        }
    }

    @Test
    void inMemoryStoresWork() {
        try (AggregatorStore store = Stores.open(StoreSettings.of(StoreSettings.IN_MEMORY))) {
            writeDigests(store, 0, 3);
            store.events().append("s", "a", "1", Map.of());
            assertEquals(3, store.immutableFileDigests().all().size());
            assertEquals(1, store.events().latest(10).size());
            store.maintenance().checkpoint(); // nothing to do, and no failure
            assertFalse(store.maintenance().vacuumIfDue(), "no marker file for a memory database");
        }
    }
}
