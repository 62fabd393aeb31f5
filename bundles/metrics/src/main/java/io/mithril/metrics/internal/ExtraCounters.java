package io.mithril.metrics.internal;

import io.mithril.metrics.CounterFamily;
import io.mithril.metrics.CounterSource;
import io.prometheus.client.Collector;
import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.Collector.MetricFamilySamples.Sample;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the {@link CounterFamily}s of {@link CounterSource}s into simpleclient families, shaped like those of a
 * simpleclient counter (value samples named {@code <name>_total}) so {@link ReferenceTextFormat} writes them alike.
 */
final class ExtraCounters {
    private static final Logger LOG = LoggerFactory.getLogger(ExtraCounters.class);

    private ExtraCounters() {
    }

    /**
     * The sources' families, leaving out any whose name is already taken: a source must never shadow a reference
     * counter, and a duplicate family would make the whole exposition unparsable.
     */
    static List<MetricFamilySamples> collect(List<CounterSource> sources, List<MetricFamilySamples> taken) {
        Set<String> names = new HashSet<>();
        taken.forEach(family -> names.add(family.name));
        List<MetricFamilySamples> families = new ArrayList<>();
        for (CounterSource source : sources) {
            for (CounterFamily family : familiesOf(source)) {
                if (names.add(family.name())) {
                    families.add(toSamples(family));
                } else {
                    LOG.warn("counter {} of {} left out: the name is already exposed", family.name(), source);
                }
            }
        }
        return families;
    }

    private static List<CounterFamily> familiesOf(CounterSource source) {
        try {
            return source.counterFamilies();
        } catch (RuntimeException e) {
            // One failing source must not fail the scrape of every other counter.
            LOG.warn("counter source {} failed: {}", source, e.toString());
            return List.of();
        }
    }

    private static MetricFamilySamples toSamples(CounterFamily family) {
        List<Sample> samples = new ArrayList<>();
        for (CounterFamily.CounterValue value : family.values()) {
            samples.add(new Sample(family.name() + "_total", family.labelNames(), value.labelValues(),
                    value.value()));
        }
        return new MetricFamilySamples(family.name(), Collector.Type.COUNTER, family.help(), samples);
    }
}
