package io.mithril.discovery;

import java.util.Iterator;

/**
 * The aggregators {@code networks.json} lists for a Mithril network, across every Cardano network, in document order
 * (the reference's {@code HttpConfigAggregatorDiscoverer}; the document is loaded once, by the caller, so that the
 * same copy also gives the network's key locations). Unlike the reference, an unknown network name is an error
 * naming the known ones rather than an empty list.
 */
public final class ConfiguredAggregatorDiscoverer implements AggregatorDiscoverer {
    private final NetworksConfiguration networks;

    public ConfiguredAggregatorDiscoverer(NetworksConfiguration networks) {
        this.networks = networks;
    }

    @Override
    public Iterator<AggregatorEndpoint> availableAggregators(String mithrilNetwork) throws DiscoveryException {
        return networks.aggregators(mithrilNetwork).iterator();
    }
}
