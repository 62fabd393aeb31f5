package io.mithril.chain.cardanocli;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The network cardano-cli talks to: <code>--mainnet</code>, or <code>--testnet-magic M</code> for preprod (1),
 * preview (2), devnet (42) and private networks (<code>network_magic</code>).
 */
public record CardanoNetwork(String name, OptionalLong testnetMagic) {
    public static final long PREPROD_MAGIC = 1;
    public static final long PREVIEW_MAGIC = 2;
    public static final long DEVNET_MAGIC = 42;

    public static CardanoNetwork mainnet() {
        return new CardanoNetwork("mainnet", OptionalLong.empty());
    }

    public static CardanoNetwork testnet(String name, long magic) {
        return new CardanoNetwork(name, OptionalLong.of(magic));
    }

    /**
     * The network of the <code>network</code> / <code>network_magic</code> settings, like the reference's
     * <code>CardanoNetwork::from_code</code>.
     *
     * @throws IllegalArgumentException for an unknown name, or <code>private</code> without a magic
     */
    public static CardanoNetwork fromConfiguration(String network, OptionalLong networkMagic) {
        String code = network == null ? "" : network.trim().toLowerCase(Locale.ROOT);
        switch (code) {
            case "mainnet":
                return mainnet();
            case "preprod":
                return testnet(code, PREPROD_MAGIC);
            case "preview":
                return testnet(code, PREVIEW_MAGIC);
            case "devnet":
                return testnet(code, DEVNET_MAGIC);
            case "private":
                return testnet(code, networkMagic.orElseThrow(() -> new IllegalArgumentException(
                        "network 'private' needs network_magic (env NETWORK_MAGIC)")));
            default:
                throw new IllegalArgumentException("unknown network '" + network
                        + "' (expected mainnet, preprod, preview, devnet or private)");
        }
    }

    /** The trailing cardano-cli arguments selecting this network. */
    public List<String> cliArguments() {
        if (testnetMagic.isEmpty()) {
            return List.of("--mainnet");
        }
        return List.of("--testnet-magic", Long.toUnsignedString(testnetMagic.getAsLong()));
    }
}
