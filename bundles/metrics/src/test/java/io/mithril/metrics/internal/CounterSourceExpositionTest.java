package io.mithril.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.CounterFamily;
import io.mithril.metrics.CounterFamily.CounterValue;
import io.mithril.metrics.CounterSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CounterSourceExpositionTest {
    private static final String DROPPED = "test_messages_dropped_since_startup";

    @Test
    void aSourceCountersAreServedInTheReferenceFormatAndReadAtEachScrape() {
        AtomicLong expired = new AtomicLong(2);
        CounterSource source = () -> List.of(new CounterFamily(DROPPED, "Messages dropped", List.of("reason"),
                List.of(new CounterValue(List.of("malformed"), 0), new CounterValue(List.of("expired"), expired.get()))));
        PrometheusMetricsService metrics = new PrometheusMetricsService();
        metrics.addCounterSource(source);

        assertTrue(metrics.exposition().contains("# HELP " + DROPPED + " Messages dropped\n# TYPE " + DROPPED
                + " counter\n" + DROPPED + "{reason=\"expired\"} 2\n" + DROPPED + "{reason=\"malformed\"} 0\n"),
                metrics.exposition());
        expired.set(7);
        assertTrue(metrics.exposition().contains(DROPPED + "{reason=\"expired\"} 7\n"), metrics.exposition());

        metrics.removeCounterSource(source);
        assertFalse(metrics.exposition().contains(DROPPED), metrics.exposition());
    }

    @Test
    void familiesAreSortedByNameAmongTheReferenceOnes() {
        PrometheusMetricsService metrics = new PrometheusMetricsService();
        metrics.addCounterSource(() -> List.of(new CounterFamily("mithril_aggregator_aaa_since_startup", "first",
                List.of(), List.of(new CounterValue(List.of(), 1)))));

        List<String> types = metrics.exposition().lines().filter(line -> line.startsWith("# TYPE ")).toList();

        assertEquals(types.stream().sorted().toList(), types);
        assertTrue(types.contains("# TYPE mithril_aggregator_aaa_since_startup counter"));
        assertEquals(List.of(), metrics.samples().stream()
                .filter(sample -> sample.metric().metricName().contains("aaa")).toList(),
                "extra counters stay out of the usage reporter's samples");
    }

    @Test
    void aSourceCannotShadowAReferenceCounterNorBreakTheScrape() {
        PrometheusMetricsService metrics = new PrometheusMetricsService();
        String reference = AggregatorMetric.RUNTIME_CYCLE_TOTAL.metricName();
        metrics.addCounterSource(() -> List.of(new CounterFamily(reference, "impostor", List.of(),
                List.of(new CounterValue(List.of(), 99)))));
        metrics.addCounterSource(() -> {
            throw new IllegalStateException("broken source");
        });

        String text = metrics.exposition();

        assertTrue(text.contains("\n" + reference + " 0\n"), text);
        assertFalse(text.contains("impostor") || text.contains(" 99\n"), text);
    }

    @Test
    void familiesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new CounterFamily("bad-name", "", List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new CounterFamily("ok", "", List.of("reason"),
                List.of(new CounterValue(List.of(), 1))));
        assertThrows(IllegalArgumentException.class, () -> new CounterValue(List.of(), -1));
    }
}
