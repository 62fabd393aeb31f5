package io.mithril.store.internal;

import java.util.List;

/**
 * The migrations of each database. Version numbers are the reference's (aggregator.md §10.4), so a database written
 * by the reference at the same version opens here and vice versa: never give a JVM-only change a number the
 * reference has used or may use (docs/decisions/store-migrations.md).
 */
final class Schemas {
    static final String APPLICATION_TYPE = "aggregator";

    /** aggregator.sqlite3: the reference's migrations 29 (squashed) to 44 as one squashed script. */
    static final List<Migration> AGGREGATOR = List.of(
            new Migration(44, "aggregator/044-schema.sql", "mithril-aggregator 0.9.17 (database version 44)"));

    /** monitoring.sqlite3: the reference's event store migrations 1 to 5. */
    static final List<Migration> MONITORING = List.of(
            Migration.of(1, "monitoring/001-event.sql"),
            Migration.of(2, "monitoring/002-metrics-per-day.sql"),
            Migration.of(3, "monitoring/003-signer-registration-summary.sql"),
            Migration.of(4, "monitoring/004-metrics-per-day-and-origin.sql"),
            Migration.of(5, "monitoring/005-metrics-per-day-and-client-type.sql"));

    private Schemas() {
    }
}
