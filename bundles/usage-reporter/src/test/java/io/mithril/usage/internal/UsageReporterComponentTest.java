package io.mithril.usage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.internal.PrometheusMetricsService;
import io.mithril.store.AggregatorStore;
import io.mithril.store.EventRecord;
import io.mithril.store.StoreSettings;
import io.mithril.store.Stores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The component's schedule, driven by hand through a recording scheduler. */
class UsageReporterComponentTest {
    @TempDir
    Path dir;
    private AggregatorStore store;
    private final PrometheusMetricsService metrics = new PrometheusMetricsService();
    private final RecordingScheduler scheduler = new RecordingScheduler();
    private final TestClock clock = new TestClock(Instant.parse("2025-01-02T03:04:05Z"));

    @BeforeEach
    void open() {
        store = Stores.open(StoreSettings.of(dir));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void reportsEveryTenSecondsByDefault() {
        UsageReporterComponent component = component(Map.of());
        metrics.incrementBy(AggregatorMetric.RUNTIME_CYCLE_TOTAL, 2);

        scheduler.last().task.run();

        assertEquals(Duration.ofSeconds(10), scheduler.last().interval);
        List<EventRecord> events = store.events().latest(10);
        assertEquals(1, events.size());
        assertTrue(events.get(0).content().contains("\"value\":2,\"period\":{\"secs\":10,\"nanos\":0}"));
        component.deactivate();
        assertTrue(scheduler.last().closed);
    }

    @Test
    void aNewIntervalRestartsTheScheduleWithoutReportingTwice() {
        UsageReporterComponent component = component(Map.of(UsageReportSettings.INTERVAL, "30"));
        metrics.increment(AggregatorMetric.RUNTIME_CYCLE_TOTAL);
        scheduler.last().task.run();

        component.modified(Map.of(UsageReportSettings.INTERVAL, 60L));
        component.modified(Map.of(UsageReportSettings.INTERVAL, 60));
        metrics.increment(AggregatorMetric.RUNTIME_CYCLE_TOTAL);
        scheduler.last().task.run();

        assertEquals(2, scheduler.runs.size(), "an unchanged interval keeps the schedule");
        assertTrue(scheduler.runs.get(0).closed);
        assertFalse(scheduler.last().closed);
        assertEquals(Duration.ofSeconds(60), scheduler.last().interval);
        List<EventRecord> events = store.events().latest(10);
        assertEquals(2, events.size());
        assertTrue(events.get(0).content().contains("\"value\":1,\"period\":{\"secs\":60,"), events.get(0).content());
        assertTrue(events.get(1).content().contains("\"value\":1,\"period\":{\"secs\":30,"), events.get(1).content());
    }

    @Test
    void theIntervalMustBeAPositiveNumberOfSeconds() {
        assertThrows(IllegalArgumentException.class, () -> component(Map.of(UsageReportSettings.INTERVAL, "0")));
        assertThrows(IllegalArgumentException.class, () -> component(Map.of(UsageReportSettings.INTERVAL, "ten")));
        assertEquals(Duration.ofSeconds(10), UsageReportSettings.from(Map.of(UsageReportSettings.INTERVAL, " ")).interval());
    }

    private UsageReporterComponent component(Map<String, Object> properties) {
        return new UsageReporterComponent(metrics, store.events(), properties, clock, scheduler);
    }

    private static final class RecordingScheduler implements ReportScheduler {
        final List<Run> runs = new ArrayList<>();

        @Override
        public AutoCloseable every(Duration interval, Runnable task) {
            Run run = new Run(interval, task);
            runs.add(run);
            return () -> run.closed = true;
        }

        Run last() {
            return runs.get(runs.size() - 1);
        }
    }

    private static final class Run {
        final Duration interval;
        final Runnable task;
        boolean closed;

        Run(Duration interval, Runnable task) {
            this.interval = interval;
            this.task = task;
        }
    }
}
