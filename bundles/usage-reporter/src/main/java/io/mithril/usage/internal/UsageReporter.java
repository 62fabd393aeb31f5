package io.mithril.usage.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.MetricSample;
import io.mithril.metrics.MetricsService;
import io.mithril.store.EventStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes, at each {@link #report()}, one {@code Metrics} event per counter and label combination whose value changed
 * since the previous report, holding the delta (aggregator.md §9). The events feed the {@code metrics_per_day*}
 * views of {@code monitoring.sqlite3}.
 */
public final class UsageReporter {
    /** Event source of the usage events, as in the reference. */
    public static final String SOURCE = "Metrics";

    private static final Logger LOG = LoggerFactory.getLogger(UsageReporter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MetricsService metrics;
    private final EventStore events;
    private final Clock clock;
    private Duration period;
    /** Last reported value per counter and label values; a combination never seen counts from 0. */
    private final Map<Key, Long> reported = new HashMap<>();

    /** @param period the reporting interval, written into each event as the reference does */
    public UsageReporter(MetricsService metrics, EventStore events, Clock clock, Duration period) {
        this.metrics = metrics;
        this.events = events;
        this.clock = clock;
        this.period = period;
    }

    /** A new reporting interval, written in the next events; the baseline of reported values is kept. */
    public synchronized void changePeriod(Duration newPeriod) {
        this.period = newPeriod;
    }

    /**
     * Writes the deltas since the last report and returns how many events were written. A delta whose event cannot
     * be written stays pending for the next report (the reference drops it), so no usage is lost to a busy database.
     */
    public synchronized int report() {
        Instant date = clock.instant();
        int written = 0;
        for (MetricSample sample : sorted(metrics.samples())) {
            Key key = new Key(sample.metric(), sample.labelValues());
            long delta = sample.value() - reported.getOrDefault(key, 0L);
            if (delta == 0) {
                continue;
            }
            try {
                events.append(SOURCE, sample.metric().metricName(), content(sample, delta, date), Map.of());
                reported.put(key, sample.value());
                written++;
            } catch (RuntimeException e) {
                LOG.warn("usage of {} not persisted, kept for the next report: {}", key, e.toString());
            }
        }
        return written;
    }

    /**
     * {@code {name, value, period:{secs,nanos}, origin, client_type, date}}, in the reference's field order; labels a
     * counter does not have are empty strings, and the date is RFC 3339 UTC with the fraction chrono would print.
     */
    String content(MetricSample sample, long delta, Instant date) {
        ObjectNode content = JSON.createObjectNode();
        content.put("name", sample.metric().metricName());
        content.put("value", delta);
        ObjectNode periodNode = content.putObject("period");
        periodNode.put("secs", period.getSeconds());
        periodNode.put("nanos", period.getNano());
        content.put("origin", label(sample, AggregatorMetric.ORIGIN_TAG));
        content.put("client_type", label(sample, AggregatorMetric.CLIENT_TYPE));
        content.put("date", date.toString());
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a metric event", e);
        }
    }

    /** By metric then label values, so that a report's events come in a stable order. */
    private static List<MetricSample> sorted(List<MetricSample> samples) {
        List<MetricSample> copy = new ArrayList<>(samples);
        copy.sort(Comparator.comparing(MetricSample::metric)
                .thenComparing(sample -> String.join("\u0000", sample.labelValues())));
        return copy;
    }

    private static String label(MetricSample sample, String name) {
        int index = sample.metric().labelNames().indexOf(name);
        return index < 0 ? "" : sample.labelValues().get(index);
    }

    private record Key(AggregatorMetric metric, List<String> labelValues) {
        @Override
        public String toString() {
            return metric.metricName() + labelValues;
        }
    }
}
