package io.mithril.metrics;

import java.util.List;

/**
 * The current value of one counter for one combination of label values.
 *
 * @param labelValues in the order of {@link AggregatorMetric#labelNames()}
 */
public record MetricSample(AggregatorMetric metric, List<String> labelValues, long value) {
    public MetricSample {
        labelValues = List.copyOf(labelValues);
    }
}
