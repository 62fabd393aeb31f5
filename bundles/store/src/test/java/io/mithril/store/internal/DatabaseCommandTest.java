package io.mithril.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.store.StoreSettings;

/** <code>database migrate|vacuum</code> (aggregator.md §6.3). */
class DatabaseCommandTest {
    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        return new DatabaseCommand(environment).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void migrateCreatesAndMigratesBothDatabases() {
        Path stores = directory.resolve("new/stores");
        assertEquals(0, run(Map.of(), "migrate", "--stores-directory", stores.toString()), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("(version 44)"));
        try (StoreDatabases databases = new StoreDatabases(StoreSettings.of(stores))) {
            assertEquals(44, new Migrator(Schemas.APPLICATION_TYPE, Schemas.AGGREGATOR)
                    .currentVersion(databases.aggregator()));
            assertEquals(5, new Migrator(Schemas.APPLICATION_TYPE, Schemas.MONITORING)
                    .currentVersion(databases.monitoring()));
        }
    }

    @Test
    void theDirectoryMayComeFromTheEnvironment() {
        assertEquals(0, run(Map.of("STORES_DIRECTORY", directory.toString()), "migrate"), err());
        assertTrue(Files.exists(directory.resolve("aggregator.sqlite3")));
        assertEquals(0, run(Map.of("STORES_DIRECTORY", directory.toString()), "vacuum"), err());
        assertTrue(Files.exists(directory.resolve("last_vacuum_time")));
    }

    @Test
    void vacuumNeedsAnExistingDatabase() {
        assertEquals(1, run(Map.of(), "vacuum", "--stores-directory=" + directory));
        assertTrue(err().contains("does not exist"), err());
        assertTrue(!Files.exists(directory.resolve("aggregator.sqlite3")), "vacuum did not create a database");
    }

    @Test
    void badInvocationsFailWithUsage() {
        assertEquals(2, run(Map.of(), "migrate"));
        assertTrue(err().contains("--stores-directory"), err());
        assertEquals(2, run(Map.of(), "compact", "--stores-directory", directory.toString()));
        assertEquals(2, run(Map.of()));
        assertEquals(2, run(Map.of(), "migrate", "--stores-directory"));
        assertEquals(2, run(Map.of(), "migrate", "--bogus"));
        assertEquals(0, run(Map.of(), "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: mithril-aggregator database"));
    }

    @Test
    void aNewerDatabaseIsAnError() {
        assertEquals(0, run(Map.of(), "migrate", "--stores-directory", directory.toString()));
        try (SqliteDatabase database = SqliteDatabase.open(StoreDatabases.AGGREGATOR_FILE, StoreSettings.of(directory))) {
            database.write(dsl -> dsl.execute("update db_version set version = 99"));
        }
        assertEquals(1, run(Map.of(), "migrate", "--stores-directory", directory.toString()));
        assertTrue(err().contains("newer than this software"), err());
    }
}
