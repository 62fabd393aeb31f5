package io.mithril.usage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.internal.PrometheusMetricsService;
import io.mithril.store.AggregatorStore;
import io.mithril.store.EventRecord;
import io.mithril.store.EventStore;
import io.mithril.store.StoreSettings;
import io.mithril.store.Stores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usage reporter on a real monitoring.sqlite3 and the real Prometheus counters. */
class UsageReporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AggregatorMetric CERTIFICATES = AggregatorMetric.CERTIFICATE_TOTAL_PRODUCED;
    private static final AggregatorMetric DETAILS = AggregatorMetric.CERTIFICATE_DETAIL_TOTAL_SERVED;
    private static final AggregatorMetric SIGNATURES = AggregatorMetric.SIGNATURE_REGISTRATION_TOTAL_RECEIVED;

    @TempDir
    Path dir;
    private AggregatorStore store;
    private final PrometheusMetricsService metrics = new PrometheusMetricsService();
    private final TestClock clock = new TestClock(Instant.parse("2024-10-28T12:34:56.123Z"));
    private UsageReporter reporter;

    @BeforeEach
    void open() {
        store = Stores.open(StoreSettings.of(dir));
        reporter = new UsageReporter(metrics, store.events(), clock, Duration.ofSeconds(10));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void nothingCountedWritesNothing() {
        assertEquals(0, reporter.report());
        assertEquals(List.of(), store.events().latest(10));
    }

    @Test
    void anEventHasTheReferenceSourceActionAndContent() {
        metrics.incrementBy(CERTIFICATES, 3);

        assertEquals(1, reporter.report());

        EventRecord event = store.events().latest(1).get(0);
        assertEquals("Metrics", event.source());
        assertEquals(CERTIFICATES.metricName(), event.action());
        // serde's field order of the reference's MetricEventMessage, std Duration as {secs,nanos}, chrono's RFC 3339
        // UTC date; the event store wraps it with the (empty) headers.
        assertEquals("{\"content\":{\"name\":\"mithril_aggregator_certificate_total_produced_since_startup\","
                + "\"value\":3,\"period\":{\"secs\":10,\"nanos\":0},\"origin\":\"\",\"client_type\":\"\","
                + "\"date\":\"2024-10-28T12:34:56.123Z\"},\"headers\":{}}", event.content());
    }

    @Test
    void oneEventPerLabelCombinationWithItsOriginAndClientType() throws Exception {
        metrics.incrementBy(DETAILS, 3, "ORIGIN_A", "CLI");
        metrics.incrementBy(DETAILS, 7, "ORIGIN_B", "CLI");
        metrics.incrementBy(DETAILS, 0, "ORIGIN_C", "WASM");
        metrics.increment(SIGNATURES, "DMQ");

        assertEquals(3, reporter.report());

        assertEquals(List.of(
                DETAILS.metricName() + " ORIGIN_A CLI 3",
                DETAILS.metricName() + " ORIGIN_B CLI 7",
                SIGNATURES.metricName() + " DMQ  1"), reportedEvents());
    }

    @Test
    void laterReportsWriteOnlyTheNonZeroDeltas() throws Exception {
        metrics.incrementBy(CERTIFICATES, 12);
        metrics.incrementBy(DETAILS, 5, "ORIGIN", "CLI");
        reporter.report();

        metrics.incrementBy(DETAILS, 20, "ORIGIN", "CLI");
        metrics.incrementBy(DETAILS, 33, "ORIGIN", "CLI");
        assertEquals(1, reporter.report());
        metrics.incrementBy(DETAILS, 15, "ORIGIN", "CLI");
        metrics.increment(DETAILS, "ORIGIN", "LIBRARY");
        assertEquals(2, reporter.report());
        assertEquals(0, reporter.report());

        // within a report, events come in AggregatorMetric order
        assertEquals(List.of(
                DETAILS.metricName() + " ORIGIN CLI 5",
                CERTIFICATES.metricName() + "   12",
                DETAILS.metricName() + " ORIGIN CLI 53",
                DETAILS.metricName() + " ORIGIN CLI 15",
                DETAILS.metricName() + " ORIGIN LIBRARY 1"), reportedEvents());
    }

    @Test
    void theMetricsPerDayViewsSumTheDeltasByDay() throws Exception {
        metrics.incrementBy(DETAILS, 2, "EXPLORER", "CLI");
        reporter.report();
        metrics.incrementBy(DETAILS, 3, "EXPLORER", "WASM");
        metrics.incrementBy(CERTIFICATES, 1);
        clock.set(Instant.parse("2024-10-28T23:59:59.999999999Z"));
        reporter.report();
        clock.set(Instant.parse("2024-10-29T00:00:09Z"));
        metrics.incrementBy(DETAILS, 4, "EXPLORER", "CLI");
        reporter.report();

        assertEquals(List.of(
                "2024-10-28 " + DETAILS.metricName() + " 5",
                "2024-10-28 " + CERTIFICATES.metricName() + " 1",
                "2024-10-29 " + DETAILS.metricName() + " 4"),
                query("select date, counter_name, value from metrics_per_day order by date, counter_name"));
        assertEquals(List.of(
                "2024-10-28 CLI 2", "2024-10-28 WASM 3", "2024-10-29 CLI 4"),
                query("select date, client_type, value from metrics_per_day_and_client_type where counter_name = '"
                        + DETAILS.metricName() + "' order by date, client_type"));
        assertEquals(List.of("2024-10-28 EXPLORER 5", "2024-10-29 EXPLORER 4"),
                query("select date, origin, value from metrics_per_day_and_origin where counter_name = '"
                        + DETAILS.metricName() + "' order by date, origin"));
    }

    @Test
    void aDeltaThatCouldNotBeWrittenIsWrittenWithTheNextReport() throws Exception {
        EventStore failingOnce = new EventStore() {
            private boolean failed;

            @Override
            public long append(String source, String action, String contentJson, Map<String, String> headers) {
                if (!failed) {
                    failed = true;
                    throw new IllegalStateException("database is locked");
                }
                return store.events().append(source, action, contentJson, headers);
            }

            @Override
            public List<EventRecord> latest(int limit) {
                return store.events().latest(limit);
            }
        };
        UsageReporter flaky = new UsageReporter(metrics, failingOnce, clock, Duration.ofSeconds(10));
        metrics.incrementBy(CERTIFICATES, 4);

        assertEquals(0, flaky.report());
        metrics.incrementBy(CERTIFICATES, 1);
        assertEquals(1, flaky.report());

        assertEquals(List.of(CERTIFICATES.metricName() + "   5"), reportedEvents());
    }

    @Test
    void aChangedPeriodIsWrittenInTheNextEvents() throws Exception {
        reporter.changePeriod(Duration.ofMillis(2500));
        metrics.increment(CERTIFICATES);
        reporter.report();

        JsonNode period = JSON.readTree(store.events().latest(1).get(0).content()).at("/content/period");
        assertEquals("{\"secs\":2,\"nanos\":500000000}", period.toString());
    }

    /** "action origin client_type value" of every event, oldest first, label combinations sorted. */
    private List<String> reportedEvents() throws Exception {
        List<EventRecord> events = new ArrayList<>(store.events().latest(100));
        events.sort(Comparator.comparingLong(EventRecord::eventId));
        List<String> lines = new ArrayList<>();
        for (EventRecord event : events) {
            JsonNode content = JSON.readTree(event.content()).get("content");
            assertEquals(event.action(), content.get("name").asText());
            lines.add(event.action() + " " + content.get("origin").asText() + " "
                    + content.get("client_type").asText() + " " + content.get("value").asLong());
        }
        assertTrue(lines.size() < 100);
        return lines;
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("monitoring.sqlite3"));
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(String.join(" ", row));
            }
        }
        return rows;
    }
}
