package io.mithril.discovery;

import java.util.Iterator;

/**
 * Finds the aggregators of a Mithril network (the reference's {@code AggregatorDiscoverer}). Implementations are
 * layered: {@link ConfiguredAggregatorDiscoverer} lists them, {@link ShuffleAggregatorDiscoverer} shuffles them,
 * {@link CapableAggregatorDiscoverer} keeps, lazily, those that advertise the required capabilities.
 */
public interface AggregatorDiscoverer {
    /**
     * @param mithrilNetwork e.g. {@code release-preprod}
     * @throws UnknownMithrilNetworkException when the network is not known at all
     * @throws DiscoveryException             when the candidates cannot be listed
     */
    Iterator<AggregatorEndpoint> availableAggregators(String mithrilNetwork) throws DiscoveryException;
}
