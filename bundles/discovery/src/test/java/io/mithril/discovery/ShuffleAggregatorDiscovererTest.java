package io.mithril.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shuffle layer: a permutation of the inner list, decided by the injected randomness. */
class ShuffleAggregatorDiscovererTest {
    private static final List<AggregatorEndpoint> LISTED = List.of(new AggregatorEndpoint("https://a/aggregator"),
            new AggregatorEndpoint("https://b/aggregator"), new AggregatorEndpoint("https://c/aggregator"));
    private static final AggregatorDiscoverer FIXED = network -> LISTED.iterator();

    private static List<AggregatorEndpoint> order(Random random) throws DiscoveryException {
        List<AggregatorEndpoint> order = new ArrayList<>();
        new ShuffleAggregatorDiscoverer(FIXED, random).availableAggregators("any").forEachRemaining(order::add);
        return order;
    }

    @Test
    void everyOrderIsAPermutationAndEveryPermutationOccurs() throws Exception {
        Set<List<AggregatorEndpoint>> seen = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            List<AggregatorEndpoint> order = order(new Random(seed));
            assertEquals(Set.copyOf(LISTED), Set.copyOf(order));
            assertEquals(3, order.size());
            seen.add(order);
        }
        assertEquals(6, seen.size());
    }

    @Test
    void theSameSeedGivesTheSameOrder() throws Exception {
        assertEquals(order(new Random(7)), order(new Random(7)));
    }
}
