package io.mithril.discovery;

import java.util.List;

/** The requested Mithril network is not in the networks configuration; the message names the ones that are. */
public final class UnknownMithrilNetworkException extends DiscoveryException {
    private static final long serialVersionUID = 1L;

    private final String network;
    private final List<String> knownNetworks;

    public UnknownMithrilNetworkException(String network, List<String> knownNetworks) {
        super("unknown Mithril network '" + network + "'; the networks configuration lists "
                + (knownNetworks.isEmpty() ? "none" : String.join(", ", knownNetworks)));
        this.network = network;
        this.knownNetworks = List.copyOf(knownNetworks);
    }

    public String network() {
        return network;
    }

    public List<String> knownNetworks() {
        return knownNetworks;
    }
}
