package io.mithril.api;

import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.MetricsService;

/**
 * Counts a served detail (certificate or artifact) under the request's origin tag and client type. Works without a
 * metrics service (then it counts nothing), so that a route keeps serving when the metrics bundle is absent.
 */
public final class ServedDetails {
    private final MetricsService metrics;
    private final AggregatorMetric metric;

    /**
     * @param metrics may be {@code null}
     * @param metric a counter labelled (origin_tag, client_type)
     */
    public ServedDetails(MetricsService metrics, AggregatorMetric metric) {
        if (!metric.labelNames().equals(java.util.List.of(AggregatorMetric.ORIGIN_TAG, AggregatorMetric.CLIENT_TYPE))) {
            throw new IllegalArgumentException(metric + " is not labelled by origin tag and client type");
        }
        this.metrics = metrics;
        this.metric = metric;
    }

    public void count(RequestOrigin origin) {
        if (metrics != null) {
            metrics.increment(metric, origin.originTag(), origin.clientType());
        }
    }
}
