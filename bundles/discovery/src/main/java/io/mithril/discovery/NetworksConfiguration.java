package io.mithril.discovery;

import io.mithril.discovery.internal.NetworksJsonParser;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed {@code networks.json} (aggregator.md §4): Cardano networks, each listing Mithril networks, each listing its
 * aggregators and key locations. Document order is kept; a Mithril network name may appear under several Cardano
 * networks, in which case its aggregators are collected across all of them, as the reference discoverer does.
 */
public final class NetworksConfiguration {
    /** Where the reference clients download the document from. */
    public static final URI REFERENCE_URL =
            URI.create("https://raw.githubusercontent.com/IntersectMBO/mithril/main/networks.json");

    private final List<CardanoNetwork> cardanoNetworks;

    public NetworksConfiguration(List<CardanoNetwork> cardanoNetworks) {
        this.cardanoNetworks = List.copyOf(cardanoNetworks);
    }

    /**
     * Parses a document in the reference format. Unknown fields are ignored (the reference decoder ignores them too);
     * missing required fields ({@code mithril-networks}, {@code aggregators}, {@code url}) and malformed URLs are
     * errors naming the JSON path.
     *
     * @param origin where the text came from, for error messages
     */
    public static NetworksConfiguration parse(String json, String origin) throws DiscoveryException {
        return new NetworksConfiguration(NetworksJsonParser.parse(json, origin));
    }

    public List<CardanoNetwork> cardanoNetworks() {
        return cardanoNetworks;
    }

    /** Every Mithril network name, once, in document order. */
    public List<String> mithrilNetworkNames() {
        Set<String> names = new LinkedHashSet<>();
        for (CardanoNetwork cardano : cardanoNetworks) {
            cardano.mithrilNetworks().forEach(network -> names.add(network.name()));
        }
        return List.copyOf(names);
    }

    /** Every entry named {@code name}, in document order (usually exactly one). */
    public List<MithrilNetwork> entries(String name) {
        List<MithrilNetwork> entries = new ArrayList<>();
        for (CardanoNetwork cardano : cardanoNetworks) {
            cardano.mithrilNetworks().stream().filter(network -> network.name().equals(name)).forEach(entries::add);
        }
        return entries;
    }

    /**
     * The first entry named {@code name}: the one whose key locations apply.
     *
     * @throws UnknownMithrilNetworkException when the document does not list it
     */
    public MithrilNetwork mithrilNetwork(String name) throws UnknownMithrilNetworkException {
        List<MithrilNetwork> entries = entries(name);
        if (entries.isEmpty()) {
            throw new UnknownMithrilNetworkException(name, mithrilNetworkNames());
        }
        return entries.get(0);
    }

    /**
     * The aggregators of every entry named {@code name}, in document order, duplicates removed.
     *
     * @throws UnknownMithrilNetworkException when the document does not list it
     */
    public List<AggregatorEndpoint> aggregators(String name) throws UnknownMithrilNetworkException {
        List<MithrilNetwork> entries = entries(name);
        if (entries.isEmpty()) {
            throw new UnknownMithrilNetworkException(name, mithrilNetworkNames());
        }
        Set<AggregatorEndpoint> urls = new LinkedHashSet<>();
        entries.forEach(entry -> urls.addAll(entry.aggregators()));
        return List.copyOf(urls);
    }
}
