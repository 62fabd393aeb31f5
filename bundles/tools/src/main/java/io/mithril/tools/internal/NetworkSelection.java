package io.mithril.tools.internal;

import io.mithril.crypto.ed25519.Ed25519VerificationKey;
import io.mithril.discovery.CapabilityRequirement;
import io.mithril.discovery.CapableAggregator;
import io.mithril.discovery.CapableAggregatorDiscoverer;
import io.mithril.discovery.CapableAggregators;
import io.mithril.discovery.DiscoveryException;
import io.mithril.discovery.MithrilNetwork;
import io.mithril.discovery.NetworksConfiguration;
import io.mithril.discovery.NetworksConfigurationLoader;
import io.mithril.discovery.SkippedAggregator;
import io.mithril.discovery.UnknownMithrilNetworkException;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * {@code verify-chain --network}: reads networks.json, picks the first aggregator of the Mithril network (shuffled, as
 * the reference clients do) that advertises the required types, and settles the genesis key: the one given, or the
 * one published at the network's {@code genesis.verification-key.url}. Progress and skipped candidates go to
 * {@code err}; stdout stays the verification output alone.
 */
final class NetworkSelection {
    /** The aggregator to verify and the genesis key to verify it with. */
    record Selected(URI endpoint, String genesisVerificationKey) {
    }

    private final NetworksConfigurationLoader loader;
    private final Random random;

    NetworkSelection(NetworksConfigurationLoader loader, Random random) {
        this.loader = loader;
        this.random = random;
    }

    /**
     * @throws UnknownMithrilNetworkException the name is not in networks.json (a usage error)
     * @throws DiscoveryException             networks.json or the key cannot be read, or no aggregator qualifies
     */
    Selected select(String network, String networksJson, List<SignedEntityTypeDiscriminant> requiredTypes,
            String givenGenesisKey, PrintStream err) throws DiscoveryException {
        NetworksConfiguration networks = loader.load(networksJson);
        MithrilNetwork entry = networks.mithrilNetwork(network);
        String genesisKey = givenGenesisKey != null ? givenGenesisKey : publishedGenesisKey(entry);
        CapabilityRequirement requirement = CapabilityRequirement.signedEntityTypes(requiredTypes);
        CapableAggregators aggregators = CapableAggregatorDiscoverer
                .overNetworksConfiguration(networks, requirement, random).discover(network);
        Optional<CapableAggregator> first = aggregators.first();
        for (SkippedAggregator skipped : aggregators.skipped()) {
            err.println("skipped aggregator " + skipped);
        }
        if (first.isEmpty()) {
            int listed = networks.aggregators(network).size();
            throw new DiscoveryException("none of the " + listed + " aggregator(s) of Mithril network '" + network
                    + "' advertises " + requirement);
        }
        err.println("aggregator " + first.get().aggregator() + " (Mithril network " + network + ")");
        return new Selected(first.get().aggregator().uri(), genesisKey);
    }

    private String publishedGenesisKey(MithrilNetwork entry) throws DiscoveryException {
        String url = entry.genesisVerificationKeyUrl().orElseThrow(() -> new DiscoveryException("Mithril network '"
                + entry.name() + "' has no genesis.verification-key.url; give --genesis-verification-key"));
        String key = loader.fetchText(url);
        try {
            Ed25519VerificationKey.decode(key);
        } catch (RuntimeException e) {
            throw new DiscoveryException("the genesis verification key at " + url
                    + " is not a JSON-hex Ed25519 key: " + e.getMessage(), e);
        }
        return key;
    }
}
