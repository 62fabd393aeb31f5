package io.mithril.discovery;

import java.util.Objects;

/** An aggregator that satisfied the requirement, with the capabilities it advertised. */
public record CapableAggregator(AggregatorEndpoint aggregator, AggregatorCapabilities capabilities) {
    public CapableAggregator {
        Objects.requireNonNull(aggregator, "aggregator");
        Objects.requireNonNull(capabilities, "capabilities");
    }
}
