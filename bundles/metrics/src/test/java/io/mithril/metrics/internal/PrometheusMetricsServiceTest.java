package io.mithril.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.MetricSample;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrometheusMetricsServiceTest {

    @Test
    void unlabelledCountersAreExposedAtZeroAndLabelledOnesOnlyOnceUsed() {
        String text = new PrometheusMetricsService().exposition();

        // The Rust registry prunes empty families: a labelled counter appears with its first label combination.
        assertTrue(text.contains("\nmithril_aggregator_runtime_cycle_total_since_startup 0\n"), text);
        assertFalse(text.contains("certificate_detail_total_served_since_startup"), text);
        long valueLines = text.lines().filter(line -> !line.startsWith("#")).count();
        long unlabelled = List.of(AggregatorMetric.values()).stream().filter(m -> m.labelNames().isEmpty()).count();
        assertEquals(unlabelled, valueLines);
    }

    @Test
    void counterFamilyKeepsItsExactNameTypeAndHelp() {
        PrometheusMetricsService metrics = new PrometheusMetricsService();
        metrics.incrementBy(AggregatorMetric.CERTIFICATE_DETAIL_TOTAL_SERVED, 5, "CI", "CLI");

        String text = metrics.exposition();

        assertTrue(text.contains("# HELP certificate_detail_total_served_since_startup Number of certificate details"
                + " served since startup on a Mithril aggregator node\n"
                + "# TYPE certificate_detail_total_served_since_startup counter\n"
                + "certificate_detail_total_served_since_startup{client_type=\"CLI\",origin_tag=\"CI\"} 5\n"), text);
        // simpleclient's own naming must not leak through
        assertFalse(text.contains("_total_total") || text.contains("_created") || text.contains("_since_startup_total"),
                text);
    }

    @Test
    void samplesAreOrderedByLabelValuesOfTheNameSortedLabels() {
        PrometheusMetricsService metrics = new PrometheusMetricsService();
        AggregatorMetric metric = AggregatorMetric.ARTIFACT_DETAIL_CARDANO_DATABASE_TOTAL_SERVED;
        metrics.increment(metric, "NA", "WASM");
        metrics.increment(metric, "EXPLORER", "CLI");
        metrics.incrementBy(metric, 2, "CI", "LIBRARY");
        metrics.increment(metric, "BENCHMARK", "CLI");

        List<String> lines = metrics.exposition().lines()
                .filter(line -> line.startsWith(metric.metricName() + "{")).toList();

        String name = metric.metricName();
        assertEquals(List.of(
                name + "{client_type=\"CLI\",origin_tag=\"BENCHMARK\"} 1",
                name + "{client_type=\"CLI\",origin_tag=\"EXPLORER\"} 1",
                name + "{client_type=\"LIBRARY\",origin_tag=\"CI\"} 2",
                name + "{client_type=\"WASM\",origin_tag=\"NA\"} 1"), lines);
    }

    @Test
    void familiesAreSortedByName() {
        PrometheusMetricsService metrics = new PrometheusMetricsService();
        for (AggregatorMetric metric : AggregatorMetric.values()) {
            metrics.increment(metric, metric.labelNames().stream().map(label -> "x").toArray(String[]::new));
        }
        List<String> types = metrics.exposition().lines().filter(line -> line.startsWith("# TYPE ")).toList();

        assertEquals(AggregatorMetric.values().length, types.size());
        assertEquals(types.stream().sorted().toList(), types);
    }

    @Test
    void helpAndLabelValuesAreEscaped() {
        assertEquals("a\\\\b\\nc\"d", ReferenceTextFormat.escape("a\\b\nc\"d", false));
        PrometheusMetricsService metrics = new PrometheusMetricsService();
        metrics.increment(AggregatorMetric.SIGNER_REGISTRATION_TOTAL_RECEIVED, "a\"b\\c\nd");

        assertTrue(metrics.exposition().contains(
                "mithril_aggregator_signer_registration_total_received_since_startup{origin_tag=\"a\\\"b\\\\c\\nd\"} 1\n"));
    }

    @Test
    void valuesAndSamplesFollowIncrements() {
        PrometheusMetricsService metrics = new PrometheusMetricsService();
        metrics.increment(AggregatorMetric.SIGNATURE_REGISTRATION_TOTAL_RECEIVED, "HTTP");
        metrics.increment(AggregatorMetric.SIGNATURE_REGISTRATION_TOTAL_RECEIVED, "HTTP");
        metrics.incrementBy(AggregatorMetric.SIGNATURE_REGISTRATION_TOTAL_RECEIVED, 3, "DMQ");
        metrics.increment(AggregatorMetric.RUNTIME_CYCLE_TOTAL);

        assertEquals(2, metrics.value(AggregatorMetric.SIGNATURE_REGISTRATION_TOTAL_RECEIVED, "HTTP"));
        assertEquals(3, metrics.value(AggregatorMetric.SIGNATURE_REGISTRATION_TOTAL_RECEIVED, "DMQ"));
        assertEquals(0, metrics.value(AggregatorMetric.SIGNATURE_REGISTRATION_TOTAL_SUCCESSFUL, "DMQ"));
        List<MetricSample> samples = metrics.samples();
        assertTrue(samples.contains(new MetricSample(AggregatorMetric.SIGNATURE_REGISTRATION_TOTAL_RECEIVED,
                List.of("DMQ"), 3)));
        assertTrue(samples.contains(new MetricSample(AggregatorMetric.RUNTIME_CYCLE_TOTAL, List.of(), 1)));
        assertTrue(samples.contains(new MetricSample(AggregatorMetric.RUNTIME_CYCLE_SUCCESS, List.of(), 0)));
    }

    @Test
    void missingLabelValueIsRecordedAsEmptyString() {
        PrometheusMetricsService metrics = new PrometheusMetricsService();
        metrics.increment(AggregatorMetric.CERTIFICATE_DETAIL_TOTAL_SERVED, null, "CLI");

        assertEquals(1, metrics.value(AggregatorMetric.CERTIFICATE_DETAIL_TOTAL_SERVED, "", "CLI"));
        assertTrue(metrics.exposition().contains("{client_type=\"CLI\",origin_tag=\"\"} 1"));
    }

    @Test
    void wrongLabelCountOrNegativeAmountIsRejected() {
        PrometheusMetricsService metrics = new PrometheusMetricsService();
        assertThrows(IllegalArgumentException.class,
                () -> metrics.increment(AggregatorMetric.CERTIFICATE_DETAIL_TOTAL_SERVED, "CI"));
        assertThrows(IllegalArgumentException.class,
                () -> metrics.increment(AggregatorMetric.RUNTIME_CYCLE_TOTAL, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> metrics.incrementBy(AggregatorMetric.RUNTIME_CYCLE_TOTAL, -1));
    }

    @Test
    void eachInstanceHasItsOwnRegistry() {
        // pitfall 20: a re-activation builds a new instance, which must neither fail nor inherit values
        PrometheusMetricsService first = new PrometheusMetricsService();
        first.increment(AggregatorMetric.CERTIFICATE_TOTAL_PRODUCED);
        PrometheusMetricsService second = new PrometheusMetricsService();

        assertEquals(1, first.value(AggregatorMetric.CERTIFICATE_TOTAL_PRODUCED));
        assertEquals(0, second.value(AggregatorMetric.CERTIFICATE_TOTAL_PRODUCED));
    }
}
