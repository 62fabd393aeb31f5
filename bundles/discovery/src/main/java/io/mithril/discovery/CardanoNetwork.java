package io.mithril.discovery;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A top-level entry of {@code networks.json} (e.g. {@code preprod}).
 *
 * @param name                   the Cardano network name
 * @param cardanoMinimumVersions {@code cardano-minimum-version}: node kind (e.g. {@code mithril-aggregator}) to the
 *                               minimum Cardano node version it needs; empty when absent
 * @param dmqMinimumVersion      {@code dmq-minimum-version}, when given
 * @param mithrilNetworks        the {@code mithril-networks} entries, in document order
 */
public record CardanoNetwork(String name, Map<String, String> cardanoMinimumVersions,
        Optional<String> dmqMinimumVersion, List<MithrilNetwork> mithrilNetworks) {
    public CardanoNetwork {
        Objects.requireNonNull(name, "name");
        cardanoMinimumVersions = Map.copyOf(cardanoMinimumVersions);
        Objects.requireNonNull(dmqMinimumVersion, "dmqMinimumVersion");
        mithrilNetworks = List.copyOf(mithrilNetworks);
    }
}
