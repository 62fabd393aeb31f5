package io.mithril.metrics;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Counters of our own (not the reference's) that a bundle keeps itself and wants served on {@code /metrics} next to
 * the {@link AggregatorMetric}s. Register an implementation as an OSGi service; the metrics service reads it at each
 * scrape, so the bundle keeps a single source of truth and never double-counts. These counters are exposed only:
 * they are not part of {@link MetricsService#samples()}, so the usage reporter leaves them out of
 * {@code monitoring.sqlite3}, whose content stays the reference's.
 */
@ConsumerType
public interface CounterSource {
    /** The current values, read at each scrape; must be cheap and thread-safe. */
    List<CounterFamily> counterFamilies();
}
