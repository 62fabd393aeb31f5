package io.mithril.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import io.mithril.store.StoreException;
import io.mithril.store.StoreSettings;

/**
 * One SQLite database file with a single writer path and pooled readers. Writes are serialised on one connection
 * (<code>BEGIN IMMEDIATE</code>, so another process writing waits out the busy timeout instead of failing at commit);
 * readers use their own query-only connections, which WAL never blocks. An in-memory database has one connection for
 * everything, since each <code>:memory:</code> connection would be a separate database.
 */
public final class SqliteDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
    /** Longest a checkpoint waits for readers to leave the WAL before giving up until the next one. */
    private static final long CHECKPOINT_WAIT_MILLIS = 200;
    private static final Settings JOOQ_SETTINGS = new Settings().withExecuteLogging(false).withRenderSchema(false);

    /**
     * Inside OSGi jOOQ logs through java.util.logging (its slf4j import does not match slf4j 2): keep its INFO lines
     * (banner, "database version is supported") out of the aggregator's JSON logs. Held strongly: JUL loggers are weak.
     */
    private static final java.util.logging.Logger JOOQ_LOGGER = java.util.logging.Logger.getLogger("org.jooq");

    static {
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
        JOOQ_LOGGER.setLevel(java.util.logging.Level.WARNING);
    }

    private final String name;
    private final Path file;
    private final StoreSettings settings;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> idleReaders = new LinkedBlockingQueue<>();
    private final Semaphore readerPermits;
    private final ScheduledExecutorService checkpointer;
    private int transactionDepth; // guarded by writeLock
    private volatile boolean closed;

    private SqliteDatabase(String name, Path file, StoreSettings settings) throws SQLException {
        this.name = name;
        this.file = file;
        this.settings = settings;
        this.writer = openWriter();
        this.readerPermits = new Semaphore(settings.readerConnections());
        this.checkpointer = file != null && !settings.checkpointInterval().isZero() ? startCheckpoints() : null;
    }

    /** Opens (creating it if needed) {@code fileName} in the settings' directory, or an in-memory database. */
    public static SqliteDatabase open(String fileName, StoreSettings settings) {
        try {
            if (settings.inMemory()) {
                return new SqliteDatabase(fileName + " (in memory)", null, settings);
            }
            Path directory = Path.of(settings.dataStoresDirectory());
            Files.createDirectories(directory);
            return new SqliteDatabase(fileName, directory.resolve(fileName), settings);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open " + fileName + " in " + settings.dataStoresDirectory() + ": " + e,
                    e, StoreErrors.isBusy(e));
        }
    }

    public String name() {
        return name;
    }

    /** The database file; {@code null} in memory. */
    public Path file() {
        return file;
    }

    /** Runs a read. Inside a write transaction of the same thread it sees that transaction's changes. */
    public <T> T read(Function<DSLContext, T> query) {
        ensureOpen();
        if (file == null || writeLock.isHeldByCurrentThread()) {
            return onWriter(query);
        }
        readerPermits.acquireUninterruptibly();
        Connection connection = null;
        boolean reusable = false;
        try {
            connection = idleReaders.poll();
            if (connection == null) {
                connection = openReader();
            }
            T result = query.apply(dsl(connection));
            reusable = true;
            return result;
        } catch (SQLException | RuntimeException e) {
            reusable = connection != null && !(e instanceof SQLException) && isOpen(connection);
            throw StoreErrors.translate(name, e);
        } finally {
            if (connection != null) {
                if (reusable && !closed) {
                    idleReaders.offer(connection);
                } else {
                    closeQuietly(connection);
                }
            }
            readerPermits.release();
        }
    }

    /**
     * Runs a write transaction. A call made while the same thread is already inside one joins it (it commits or rolls
     * back with the outermost).
     */
    public <T> T write(Function<DSLContext, T> work) {
        ensureOpen();
        boolean outermost;
        T result;
        writeLock.lock();
        try {
            outermost = transactionDepth == 0;
            if (outermost) {
                execute(writer, "BEGIN IMMEDIATE");
            }
            transactionDepth++;
            try {
                result = work.apply(dsl(writer));
            } finally {
                transactionDepth--;
            }
            if (outermost) {
                execute(writer, "COMMIT");
            }
        } catch (SQLException | RuntimeException e) {
            if (transactionDepth == 0) {
                rollbackQuietly();
            }
            throw StoreErrors.translate(name, e);
        } catch (Error e) {
            if (transactionDepth == 0) {
                rollbackQuietly();
            }
            throw e;
        } finally {
            writeLock.unlock();
        }
        if (outermost && walSize() > settings.walCheckpointBytes()) {
            checkpoint();
        }
        return result;
    }

    /** Runs statements outside any transaction on the writer connection (VACUUM, PRAGMA). */
    public <T> T withoutTransaction(Function<DSLContext, T> work) {
        ensureOpen();
        writeLock.lock();
        try {
            if (transactionDepth > 0) {
                throw new IllegalStateException("not allowed inside a transaction");
            }
            return work.apply(dsl(writer));
        } catch (RuntimeException e) {
            throw StoreErrors.translate(name, e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * <code>PRAGMA wal_checkpoint(TRUNCATE)</code>: copies the WAL into the database and empties it. It waits (busy
     * timeout) for readers still on old snapshots; if they outlast it the WAL is left for the next checkpoint.
     */
    public void checkpoint() {
        if (file == null || closed) {
            return;
        }
        long busyTimeout = settings.busyTimeout().toMillis();
        long checkpointWait = Math.min(busyTimeout, CHECKPOINT_WAIT_MILLIS);
        Record result = withoutTransaction(dsl -> {
            // The checkpoint holds the write lock while it waits for readers: wait less than a writer would.
            dsl.execute("PRAGMA busy_timeout=" + checkpointWait);
            try {
                return dsl.fetchOne("PRAGMA wal_checkpoint(TRUNCATE)");
            } finally {
                dsl.execute("PRAGMA busy_timeout=" + busyTimeout);
            }
        });
        if (result != null && result.get(0, Integer.class) != 0) {
            // The frames were copied as far as readers allowed; the next checkpoint finishes the job.
            LOG.debug("{}: WAL checkpoint not complete (readers busy); will retry", name);
        }
    }

    /** Size of the WAL file in bytes (0 when absent or in memory). */
    public long walSize() {
        if (file == null) {
            return 0;
        }
        try {
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            return Files.exists(wal) ? Files.size(wal) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    public void vacuum() {
        withoutTransaction(dsl -> dsl.execute("VACUUM"));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (checkpointer != null) {
            checkpointer.shutdownNow();
        }
        writeLock.lock();
        try {
            // As the reference does on shutdown: let SQLite refresh its statistics, cheaply.
            execute(writer, "PRAGMA analysis_limit=400");
            execute(writer, "PRAGMA optimize");
            if (file != null) {
                execute(writer, "PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } catch (SQLException e) {
            LOG.debug("{}: optimize on close failed: {}", name, e.getMessage());
        } finally {
            Connection reader;
            while ((reader = idleReaders.poll()) != null) {
                closeQuietly(reader);
            }
            closeQuietly(writer);
            writeLock.unlock();
        }
    }

    private DSLContext dsl(Connection connection) {
        return DSL.using(connection, SQLDialect.SQLITE, JOOQ_SETTINGS);
    }

    private <T> T onWriter(Function<DSLContext, T> query) {
        writeLock.lock();
        try {
            return query.apply(dsl(writer));
        } catch (RuntimeException e) {
            throw StoreErrors.translate(name, e);
        } finally {
            writeLock.unlock();
        }
    }

    private Connection openWriter() throws SQLException {
        SQLiteConfig config = baseConfig();
        if (file != null) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // As the reference: in WAL mode NORMAL cannot corrupt the database; a power loss may only drop the
            // last commits, and commits no longer wait for an fsync each.
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        Connection connection = connect(config);
        if (file != null) {
            // After a checkpoint, SQLite truncates a WAL that grew past this instead of keeping it at its peak size.
            execute(connection, "PRAGMA journal_size_limit=" + settings.walCheckpointBytes());
        }
        return connection;
    }

    private Connection openReader() throws SQLException {
        Connection connection = connect(baseConfig());
        execute(connection, "PRAGMA query_only=true");
        return connection;
    }

    private SQLiteConfig baseConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, settings.busyTimeout().toMillis()));
        return config;
    }

    private Connection connect(SQLiteConfig config) throws SQLException {
        // Not DriverManager: it does not see the driver across bundles (platform.md pitfall 5).
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + (file == null ? ":memory:" : file.toAbsolutePath().toString()));
        return dataSource.getConnection();
    }

    private ScheduledExecutorService startCheckpoints() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mithril-store-checkpoint-" + name);
            thread.setDaemon(true);
            return thread;
        });
        long period = settings.checkpointInterval().toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                checkpoint();
            } catch (RuntimeException e) {
                LOG.warn("{}: scheduled WAL checkpoint failed: {}", name, e.getMessage());
            }
        }, period, period, TimeUnit.MILLISECONDS);
        return executor;
    }

    private void rollbackQuietly() {
        try {
            execute(writer, "ROLLBACK");
        } catch (SQLException e) {
            // Nothing to roll back (BEGIN itself failed, or SQLite already rolled back).
            LOG.debug("{}: rollback: {}", name, e.getMessage());
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException(name + " is closed");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean isOpen(Connection connection) {
        try {
            return !connection.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing a connection failed: {}", e.getMessage());
        }
    }
}
