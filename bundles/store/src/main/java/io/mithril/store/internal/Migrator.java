package io.mithril.store.internal;

import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.store.StoreException;

/**
 * Brings a database to the newest schema version, in the reference's <code>db_version</code> style (aggregator.md
 * §10.4): pending migrations run in order, each in its own transaction with its version update, and a database newer
 * than this software is refused. Each migration runs under <code>BEGIN IMMEDIATE</code> and re-reads the version, so
 * two processes migrating the same file do not apply a script twice.
 */
final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    private final String applicationType;
    private final List<Migration> migrations;

    Migrator(String applicationType, List<Migration> migrations) {
        this.applicationType = applicationType;
        this.migrations = migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
    }

    int latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /** Migrates and returns the resulting version. */
    int migrate(SqliteDatabase database) {
        int initial = database.write(this::prepare);
        checkNotNewer(database, initial);
        boolean applied = false;
        for (Migration migration : migrations) {
            applied |= database.write(dsl -> apply(database, dsl, migration));
        }
        if (applied) {
            // Indexes may have changed: refresh the query planner's statistics, as the reference does.
            database.withoutTransaction(dsl -> dsl.execute("PRAGMA optimize"));
            LOG.info("{}: database upgraded from version {} to {}", database.name(), initial, latestVersion());
        }
        return currentVersion(database);
    }

    int currentVersion(SqliteDatabase database) {
        return database.read(this::readVersion);
    }

    private int prepare(DSLContext dsl) {
        dsl.execute("create table if not exists db_version (application_type text not null primary key, "
                + "version integer not null, updated_at text not null)");
        dsl.execute("insert or ignore into db_version (application_type, version, updated_at) values (?, 0, ?)",
                applicationType, Timestamps.format(Instant.now()));
        return readVersion(dsl);
    }

    private void checkNotNewer(SqliteDatabase database, int version) {
        if (version > latestVersion()) {
            throw new StoreException(String.format("%s: the database structure (version %d) is newer than this "
                    + "software supports (version %d). Aborting to prevent data corruption: run a release that "
                    + "supports version %d.", database.name(), version, latestVersion(), version));
        }
    }

    private boolean apply(SqliteDatabase database, DSLContext dsl, Migration migration) {
        int version = readVersion(dsl); // again: another process may have migrated meanwhile
        if (migration.version() <= version) {
            return false;
        }
        if (migration.squashed() && version != 0) {
            throw new StoreException(String.format("%s: cannot apply squashed migration %d to a database at version "
                    + "%d. Upgrade this database first with %s (run its 'database migrate --stores-directory DIR'), "
                    + "then run this release.", database.name(), migration.version(), version,
                    migration.squashedFrom()));
        }
        List<String> statements = SqlScript.load(migration.resource());
        // Plain JDBC: the scripts are SQLite's own SQL, not jOOQ plain-SQL templates.
        dsl.connection(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
        });
        dsl.execute("update db_version set version = ?, updated_at = ? where application_type = ?",
                migration.version(), Timestamps.format(Instant.now()), applicationType);
        return true;
    }

    private int readVersion(DSLContext dsl) {
        return dsl.fetchOptional("select version from db_version where application_type = ?", applicationType)
                .map(row -> row.get(0, Integer.class)).orElse(0);
    }
}
