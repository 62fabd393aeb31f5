package io.mithril.metrics;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One counter, with its values per label combination, contributed by a {@link CounterSource}: a counter that is not
 * one of the reference's {@link AggregatorMetric}s but is served on the same {@code /metrics} endpoint.
 *
 * @param labelNames label names, in the order of each {@link CounterValue#labelValues()}
 */
public record CounterFamily(String name, String help, List<String> labelNames, List<CounterValue> values) {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    public CounterFamily {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a Prometheus metric name: '" + name + "'");
        }
        labelNames = List.copyOf(labelNames);
        for (String label : labelNames) {
            if (!LABEL.matcher(label).matches() || label.startsWith("__")) {
                throw new IllegalArgumentException("not a Prometheus label name: '" + label + "'");
            }
        }
        values = List.copyOf(values);
        for (CounterValue value : values) {
            if (value.labelValues().size() != labelNames.size()) {
                throw new IllegalArgumentException(name + " takes labels " + labelNames + ", got "
                        + value.labelValues());
            }
        }
    }

    /** The value of one label combination of a counter; counters never go down. */
    public record CounterValue(List<String> labelValues, long value) {
        public CounterValue {
            labelValues = List.copyOf(labelValues);
            if (value < 0) {
                throw new IllegalArgumentException("a counter is never negative, got " + value);
            }
        }
    }
}
