package io.mithril.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitoring event store and the operators' SQL views over it (aggregator.md §9, §10.3). */
class EventStoreTest {
    @TempDir
    Path directory;

    @Test
    void eventsAreStoredInTheReferenceEnvelope() {
        try (AggregatorStore store = TestStores.openIn(directory)) {
            long first = store.events().append("HTTP::statistics", "cardano_database_restoration", "\"complete\"",
                    Map.of("mithril-origin-tag", "CI", "mithril-client-type", "CLI"));
            long second = store.events().append("Metrics", "m", "{\"value\":3}", Map.of());
            assertEquals(first + 1, second);
            List<EventRecord> events = store.events().latest(10);
            assertEquals(List.of(second, first), events.stream().map(EventRecord::eventId).toList());
            assertEquals("{\"content\":\"complete\",\"headers\":{\"mithril-client-type\":\"CLI\","
                    + "\"mithril-origin-tag\":\"CI\"}}", events.get(1).content());
            assertEquals("HTTP::statistics", events.get(1).source());
            assertEquals("{\"content\":{\"value\":3},\"headers\":{}}", events.get(0).content());
            assertThrows(IllegalArgumentException.class, () -> store.events().append("s", "a", "not json", Map.of()));
        }
    }

    @Test
    void metricViewsSumPerDayOriginAndClientType() throws Exception {
        try (AggregatorStore store = TestStores.openIn(directory)) {
            metric(store, "certificate_detail_total_served_since_startup", 5, "CI", "CLI", "2025-04-10T21:00:00Z");
            metric(store, "certificate_detail_total_served_since_startup", 7, "CI", "WASM", "2025-04-10T22:00:00Z");
            metric(store, "certificate_detail_total_served_since_startup", 1, "EXPLORER", "CLI",
                    "2025-04-11T01:00:00Z");
            registration(store, "pool1a", 60, "0.2.1+abc", "12");
            registration(store, "pool1b", 40, "0.2.0", "12");
        }
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("monitoring.sqlite3"))) {
            assertEquals(List.of("2025-04-10|certificate_detail_total_served_since_startup|12",
                    "2025-04-11|certificate_detail_total_served_since_startup|1"),
                    rows(sqlite, "select date, counter_name, value from metrics_per_day order by date"));
            assertEquals(List.of("2025-04-10|CI|12", "2025-04-11|EXPLORER|1"),
                    rows(sqlite, "select date, origin, value from metrics_per_day_and_origin order by date, origin"));
            assertEquals(List.of("2025-04-10|CLI|5", "2025-04-10|WASM|7", "2025-04-11|CLI|1"), rows(sqlite,
                    "select date, client_type, value from metrics_per_day_and_client_type order by date, client_type"));
            assertEquals(List.of("12|0.2.1|100|60|60 %|1", "12|0.2.0|100|40|40 %|1"), rows(sqlite,
                    "select epoch, version, total_epoch_stakes, stakes_version, stakes_ratio, pool_count "
                            + "from signer_registration_summary"));
        }
    }

    private static void metric(AggregatorStore store, String name, long value, String origin, String clientType,
            String date) {
        store.events().append("Metrics", name, String.format("{\"name\":\"%s\",\"value\":%d,\"period\":{\"secs\":10,"
                + "\"nanos\":0},\"origin\":\"%s\",\"client_type\":\"%s\",\"date\":\"%s\"}", name, value, origin,
                clientType, date), Map.of());
    }

    private static void registration(AggregatorStore store, String party, long stake, String version, String epoch) {
        store.events().append("HTTP::register_signer", "register_signer",
                String.format("{\"party_id\":\"%s\",\"stake\":%d}", party, stake),
                Map.of("signer-node-version", version, "epoch", epoch));
    }

    private static List<String> rows(Connection sqlite, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement statement = sqlite.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(result.getString(i));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
