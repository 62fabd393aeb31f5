package io.mithril.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.store.StoreException;
import io.mithril.store.StoreSettings;

/** The db_version migrations (aggregator.md §10.4) and the resulting schema (§10.1, §10.3). */
class MigratorTest {
    /** aggregator.md §10.1: every table and column a reference operator's SQL may use. */
    private static final Map<String, Set<String>> REFERENCE_COLUMNS = Map.ofEntries(
            Map.entry("signed_entity_type", Set.of("signed_entity_type_id", "name")),
            Map.entry("signer", Set.of("signer_id", "pool_ticker", "created_at", "updated_at", "last_registered_at")),
            Map.entry("epoch_setting", Set.of("epoch_setting_id", "protocol_parameters",
                    "cardano_transactions_signing_config", "cardano_blocks_transactions_signing_config")),
            Map.entry("signer_registration", Set.of("epoch_setting_id", "signer_id", "verification_key",
                    "verification_key_signature", "operational_certificate", "kes_period", "stake", "created_at",
                    "verification_key_for_snark", "verification_key_signature_for_snark")),
            Map.entry("open_message", Set.of("open_message_id", "epoch_setting_id", "beacon",
                    "signed_entity_type_id", "created_at", "protocol_message", "is_certified", "is_expired",
                    "expires_at")),
            Map.entry("single_signature", Set.of("open_message_id", "signer_id", "registration_epoch_setting_id",
                    "lottery_indexes", "signature", "created_at")),
            Map.entry("buffered_single_signature", Set.of("signed_entity_type_id", "party_id", "lottery_indexes",
                    "signature", "created_at")),
            Map.entry("certificate", Set.of("certificate_id", "parent_certificate_id", "message", "signature",
                    "aggregate_verification_key", "epoch", "network", "signed_entity_type_id", "signed_entity_beacon",
                    "protocol_version", "protocol_parameters", "protocol_message", "signers", "initiated_at",
                    "sealed_at", "aggregate_verification_key_snark", "ancillary_prover_data",
                    "ancillary_verifier_data")),
            Map.entry("signed_entity", Set.of("signed_entity_id", "signed_entity_type_id", "certificate_id", "beacon",
                    "created_at", "artifact", "epoch")),
            Map.entry("stake_pool", Set.of("epoch", "stake_pool_id", "stake", "created_at")),
            Map.entry("immutable_file_digest", Set.of("immutable_file_name", "digest")),
            Map.entry("db_version", Set.of("application_type", "version", "updated_at")));

    @TempDir
    Path directory;

    private StoreSettings settings() {
        return StoreSettings.of(directory);
    }

    private static Set<String> columns(SqliteDatabase database, String table) {
        return database.read(dsl -> new TreeSet<>(dsl.fetch("select name from pragma_table_xinfo(?)", table)
                .getValues(0, String.class)));
    }

    private static List<String> names(SqliteDatabase database, String type) {
        return database.read(dsl -> dsl.fetch("select name from sqlite_master where type = ? order by name", type)
                .getValues(0, String.class));
    }

    @Test
    void aFreshDatabaseGetsTheReferenceSchemaAtVersion44() {
        try (StoreDatabases databases = new StoreDatabases(settings())) {
            Migrator migrator = new Migrator(Schemas.APPLICATION_TYPE, Schemas.AGGREGATOR);
            assertEquals(44, migrator.currentVersion(databases.aggregator()));
            REFERENCE_COLUMNS.forEach((table, expected) -> assertEquals(new TreeSet<>(expected),
                    columns(databases.aggregator(), table), table));
            assertEquals(List.of(0, 1, 3, 4, 5), databases.aggregator().read(dsl -> dsl
                    .fetch("select signed_entity_type_id from signed_entity_type order by 1").getValues(0, Integer.class)));
            assertEquals("aggregator", databases.aggregator().read(dsl -> dsl
                    .fetchValue("select application_type from db_version")));
            assertEquals("wal", databases.aggregator().read(dsl -> dsl.fetchValue("pragma journal_mode")));
            assertEquals(1, (int) databases.aggregator().withoutTransaction(
                    dsl -> dsl.fetchOne("pragma synchronous").get(0, Integer.class)), "NORMAL, as the reference");
            assertEquals(1, (int) databases.aggregator().read(dsl -> dsl.fetchOne("pragma foreign_keys").get(0, Integer.class)));

            assertEquals(5, new Migrator(Schemas.APPLICATION_TYPE, Schemas.MONITORING)
                    .currentVersion(databases.monitoring()));
            assertEquals(Set.of("event_id", "created_at", "source", "action", "content"),
                    columns(databases.monitoring(), "event"));
            assertEquals(List.of("metrics_per_day", "metrics_per_day_and_client_type", "metrics_per_day_and_origin",
                    "signer_registration_summary"), names(databases.monitoring(), "view"));
        }
    }

    @Test
    void reopeningAnUpToDateDatabaseChangesNothing() {
        new StoreDatabases(settings()).close();
        try (StoreDatabases databases = new StoreDatabases(settings())) {
            assertEquals(44, new Migrator(Schemas.APPLICATION_TYPE, Schemas.AGGREGATOR)
                    .currentVersion(databases.aggregator()));
            assertEquals(5, (int) databases.aggregator().read(dsl -> dsl.fetchCount(dsl.selectFrom("signed_entity_type"))));
        }
    }

    @Test
    void aDatabaseNewerThanTheSoftwareIsRefused() {
        new StoreDatabases(settings()).close();
        try (SqliteDatabase database = SqliteDatabase.open(StoreDatabases.AGGREGATOR_FILE, settings())) {
            database.write(dsl -> dsl.execute("update db_version set version = 45"));
        }
        StoreException refused = assertThrows(StoreException.class, () -> new StoreDatabases(settings()));
        assertTrue(refused.getMessage().contains("newer than this software"), refused.getMessage());
        try (SqliteDatabase database = SqliteDatabase.open(StoreDatabases.AGGREGATOR_FILE, settings())) {
            assertEquals(45, new Migrator(Schemas.APPLICATION_TYPE, List.of()).currentVersion(database),
                    "left untouched");
        }
    }

    @Test
    void anOlderReferenceDatabaseMustFirstBeUpgradedByTheReference() {
        try (SqliteDatabase database = SqliteDatabase.open(StoreDatabases.AGGREGATOR_FILE, settings())) {
            database.write(dsl -> {
                dsl.execute("create table db_version (application_type text not null primary key, "
                        + "version integer not null, updated_at text not null)");
                dsl.execute("insert into db_version values ('aggregator', 38, '2025-01-01T00:00:00+00:00')");
                return null;
            });
        }
        StoreException refused = assertThrows(StoreException.class, () -> new StoreDatabases(settings()));
        assertTrue(refused.getMessage().contains("mithril-aggregator 0.9.17"), refused.getMessage());
    }

    @Test
    void pendingMigrationsRunInOrderFromTheStoredVersion() {
        try (SqliteDatabase database = SqliteDatabase.open(StoreDatabases.MONITORING_FILE, settings())) {
            assertEquals(3, new Migrator(Schemas.APPLICATION_TYPE, Schemas.MONITORING.subList(0, 3))
                    .migrate(database));
            assertEquals(List.of("metrics_per_day", "signer_registration_summary"), names(database, "view"));
            // Declared out of order on purpose: the migrator sorts them.
            List<Migration> shuffled = new ArrayList<>(Schemas.MONITORING);
            java.util.Collections.reverse(shuffled);
            assertEquals(5, new Migrator(Schemas.APPLICATION_TYPE, shuffled).migrate(database));
            assertEquals(4, names(database, "view").size());
        }
    }

    @Test
    void concurrentMigratorsOfOneFileAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> openers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                openers.add(() -> {
                    try (StoreDatabases databases = new StoreDatabases(settings())) {
                        return new Migrator(Schemas.APPLICATION_TYPE, Schemas.AGGREGATOR)
                                .currentVersion(databases.aggregator());
                    }
                });
            }
            for (Future<Integer> version : pool.invokeAll(openers)) {
                assertEquals(44, version.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void scriptsSplitOnSemicolonsOutsideQuotesAndComments() {
        assertEquals(List.of("create view v as select printf('%d; %%', 1) as x", "select \"a;b\" from t"),
                SqlScript.split("-- a comment; with a semicolon\ncreate view v as select printf('%d; %%', 1) as x;\n"
                        + "select \"a;b\" from t -- trailing;\n;\n"));
    }
}
