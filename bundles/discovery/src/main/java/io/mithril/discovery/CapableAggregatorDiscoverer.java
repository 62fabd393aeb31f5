package io.mithril.discovery;

import java.util.Iterator;
import java.util.Random;

/**
 * The inner discoverer's aggregators whose {@code GET /aggregator/} capabilities satisfy a requirement (the
 * reference's {@code CapableAggregatorDiscoverer}), probed lazily in the inner order. Unlike the reference, the
 * candidates passed over are reported ({@link CapableAggregators#skipped()}) rather than silently dropped.
 */
public final class CapableAggregatorDiscoverer implements AggregatorDiscoverer {
    private final CapabilityRequirement requirement;
    private final AggregatorDiscoverer inner;
    private final CapabilitiesProbe probe;

    public CapableAggregatorDiscoverer(CapabilityRequirement requirement, AggregatorDiscoverer inner,
            CapabilitiesProbe probe) {
        this.requirement = requirement;
        this.inner = inner;
        this.probe = probe;
    }

    /**
     * The reference's composition: the aggregators {@code networks} lists, shuffled with {@code random}, probed over
     * HTTP with the reference's 5 s limit.
     */
    public static CapableAggregatorDiscoverer overNetworksConfiguration(NetworksConfiguration networks,
            CapabilityRequirement requirement, Random random) {
        return new CapableAggregatorDiscoverer(requirement,
                new ShuffleAggregatorDiscoverer(new ConfiguredAggregatorDiscoverer(networks), random),
                HttpCapabilitiesProbe.create());
    }

    /** The capable aggregators with their capabilities, and the report of those skipped. */
    public CapableAggregators discover(String mithrilNetwork) throws DiscoveryException {
        return new CapableAggregators(requirement, inner.availableAggregators(mithrilNetwork), probe);
    }

    @Override
    public Iterator<AggregatorEndpoint> availableAggregators(String mithrilNetwork) throws DiscoveryException {
        CapableAggregators capable = discover(mithrilNetwork);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return capable.hasNext();
            }

            @Override
            public AggregatorEndpoint next() {
                return capable.next().aggregator();
            }
        };
    }
}
