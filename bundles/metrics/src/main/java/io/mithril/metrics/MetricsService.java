package io.mithril.metrics;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The aggregator's counters (aggregator.md §9). One instance per process activation; values start at zero.
 * Label values are given in the order of {@link AggregatorMetric#labelNames()}; a {@code null} value is recorded as
 * the empty string, as the reference does for a missing header.
 */
@ProviderType
public interface MetricsService {

    /** Adds one to the counter for these label values. */
    void increment(AggregatorMetric metric, String... labelValues);

    /**
     * Adds {@code amount} to the counter for these label values.
     *
     * @throws IllegalArgumentException if {@code amount} is negative or the number of label values is wrong
     */
    void incrementBy(AggregatorMetric metric, long amount, String... labelValues);

    /** The counter's value for these label values (0 if never incremented). */
    long value(AggregatorMetric metric, String... labelValues);

    /**
     * Every counter value: unlabelled counters always, labelled ones for each label combination seen so far.
     * Intended for the usage reporter, which turns deltas into events.
     */
    List<MetricSample> samples();

    /** The Prometheus text exposition (format 0.0.4) of all counters, as served on {@code GET /metrics}. */
    String exposition();
}
