package io.mithril.metrics.internal;

import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.CounterSource;
import io.mithril.metrics.MetricSample;
import io.mithril.metrics.MetricsService;
import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@link MetricsService} on simpleclient counters. Each instance owns a private {@link CollectorRegistry}: a
 * re-activated component must not re-register into the default registry (platform.md pitfall 20), and the reference
 * resets its counters at start anyway. Bundles add counters of their own through {@link CounterSource} services, read at
 * each scrape.
 */
@Component(service = MetricsService.class)
public final class PrometheusMetricsService implements MetricsService {
    private final CollectorRegistry registry = new CollectorRegistry();
    private final Map<AggregatorMetric, Counter> counters = new EnumMap<>(AggregatorMetric.class);
    private final List<CounterSource> sources = new CopyOnWriteArrayList<>();

    public PrometheusMetricsService() {
        for (AggregatorMetric metric : AggregatorMetric.values()) {
            counters.put(metric, Counter.build()
                    .name(metric.metricName())
                    .help(metric.help())
                    .labelNames(metric.labelNames().toArray(String[]::new))
                    .register(registry));
        }
    }

    @Override
    public void increment(AggregatorMetric metric, String... labelValues) {
        incrementBy(metric, 1, labelValues);
    }

    @Override
    public void incrementBy(AggregatorMetric metric, long amount, String... labelValues) {
        if (amount < 0) {
            throw new IllegalArgumentException("a counter only goes up, got " + amount + " for " + metric);
        }
        child(metric, labelValues).inc(amount);
    }

    @Override
    public long value(AggregatorMetric metric, String... labelValues) {
        return Math.round(child(metric, labelValues).get());
    }

    @Override
    public List<MetricSample> samples() {
        List<MetricSample> samples = new ArrayList<>();
        for (Map.Entry<AggregatorMetric, Counter> entry : counters.entrySet()) {
            for (MetricFamilySamples family : entry.getValue().collect()) {
                for (MetricFamilySamples.Sample sample : ReferenceTextFormat.counterValues(family)) {
                    samples.add(new MetricSample(entry.getKey(), sample.labelValues, Math.round(sample.value)));
                }
            }
        }
        return samples;
    }

    @Override
    public String exposition() {
        List<MetricFamilySamples> families = Collections.list(registry.metricFamilySamples());
        families.addAll(ExtraCounters.collect(sources, families));
        return ReferenceTextFormat.write(Collections.enumeration(families));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addCounterSource(CounterSource source) {
        sources.add(source);
    }

    public void removeCounterSource(CounterSource source) {
        sources.remove(source);
    }

    private Counter.Child child(AggregatorMetric metric, String... labelValues) {
        List<String> names = metric.labelNames();
        if (labelValues.length != names.size()) {
            throw new IllegalArgumentException(metric.metricName() + " takes labels " + names + ", got "
                    + Arrays.toString(labelValues));
        }
        String[] values = new String[labelValues.length];
        for (int i = 0; i < values.length; i++) {
            // The reference records a missing header as the empty string (unwrap_or_default).
            values[i] = labelValues[i] == null ? "" : labelValues[i];
        }
        return counters.get(metric).labels(values);
    }
}
