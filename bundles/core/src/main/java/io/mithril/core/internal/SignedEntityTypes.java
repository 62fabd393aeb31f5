package io.mithril.core.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The configured <code>signed_entity_types</code> (aggregator.md §6.2): a comma list, trimmed and case-sensitive;
 * MithrilStakeDistribution is always enabled.
 */
final class SignedEntityTypes {
    static final String MITHRIL_STAKE_DISTRIBUTION = "MithrilStakeDistribution";

    private SignedEntityTypes() {
    }

    static Set<String> parse(Object configured) {
        Set<String> names = new LinkedHashSet<>();
        names.add(MITHRIL_STAKE_DISTRIBUTION);
        if (configured != null) {
            Arrays.stream(configured.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .forEach(names::add);
        }
        return names;
    }
}
