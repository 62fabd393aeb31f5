/**
 * Prometheus counters of the aggregator, by their exact reference names (aggregator.md §9). Bundles get the
 * {@link io.mithril.metrics.MetricsService} OSGi service and increment {@link io.mithril.metrics.AggregatorMetric}s.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.metrics;
