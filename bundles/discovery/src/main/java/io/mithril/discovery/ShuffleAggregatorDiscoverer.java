package io.mithril.discovery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * The inner discoverer's aggregators in random order, so that clients spread over a network's aggregators instead of
 * all picking the first listed one (the reference's {@code ShuffleAggregatorDiscoverer}).
 */
public final class ShuffleAggregatorDiscoverer implements AggregatorDiscoverer {
    private final AggregatorDiscoverer inner;
    private final Random random;

    /** @param random the source of the order; give a seeded one in tests */
    public ShuffleAggregatorDiscoverer(AggregatorDiscoverer inner, Random random) {
        this.inner = inner;
        this.random = random;
    }

    @Override
    public Iterator<AggregatorEndpoint> availableAggregators(String mithrilNetwork) throws DiscoveryException {
        List<AggregatorEndpoint> aggregators = new ArrayList<>();
        inner.availableAggregators(mithrilNetwork).forEachRemaining(aggregators::add);
        Collections.shuffle(aggregators, random);
        return aggregators.iterator();
    }
}
