package io.mithril.usage.internal;

import java.time.Duration;
import java.util.Map;

/** {@code persist_usage_report_interval_in_seconds} of the aggregator configuration (aggregator.md §6.2). */
record UsageReportSettings(Duration interval) {
    static final String INTERVAL = "persist_usage_report_interval_in_seconds";
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

    /** @throws IllegalArgumentException if the interval is not a positive whole number of seconds */
    static UsageReportSettings from(Map<String, ?> properties) {
        Object value = properties.get(INTERVAL);
        if (value == null || value.toString().isBlank()) {
            return new UsageReportSettings(DEFAULT_INTERVAL);
        }
        try {
            long seconds = value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().trim());
            if (seconds <= 0) {
                // tokio::time::interval panics on a zero period: refuse it here instead of spinning.
                throw new NumberFormatException("not positive");
            }
            return new UsageReportSettings(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(INTERVAL + " must be a positive number of seconds, got '" + value + "'",
                    e);
        }
    }
}
