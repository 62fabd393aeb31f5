package io.mithril.signature.dmq;

import io.mithril.ouroboros.dmq.DmqProtocol;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads DMQ settings from the aggregator configuration ({@code io.mithril.aggregator} properties, reference
 * snake_case keys; aggregator.md §6.2).
 */
public final class DmqConfiguration {
    public static final String SOCKET_PATH = "dmq_node_socket_path";
    public static final String NETWORK_MAGIC = "dmq_network_magic";
    /** Our own key: the Shelley genesis {@code maxKESEvolutions} (default 62, the public networks' value). */
    public static final String MAX_KES_EVOLUTIONS = "dmq_max_kes_evolutions";

    private DmqConfiguration() {
    }

    /** A non-blank string setting. */
    public static Optional<String> string(Map<String, ?> properties, String key) {
        Object value = properties.get(key);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().trim());
    }

    /** An unsigned integer setting (a number or its decimal text). */
    public static OptionalLong unsigned(Map<String, ?> properties, String key) {
        Object value = properties.get(key);
        if (value == null || value.toString().isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long parsed = value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().trim());
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return OptionalLong.of(parsed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " '" + value + "' is not an unsigned integer");
        }
    }

    /**
     * The DMQ network magic: {@code dmq_network_magic} if set; else the default of the named {@code network}
     * (mainnet 2912307721, preprod 2147483649, preview 2147483650, devnet 2147483690); else, for a private network,
     * {@code network_magic} with bit 31 set (the rule every named network follows, dmq.md §1.3).
     *
     * @throws IllegalArgumentException if none applies
     */
    public static long networkMagic(Map<String, ?> properties) {
        OptionalLong explicit = unsigned(properties, NETWORK_MAGIC);
        if (explicit.isPresent()) {
            return explicit.getAsLong();
        }
        String network = string(properties, "network").orElseThrow(() -> new IllegalArgumentException(
                "DMQ needs network or " + NETWORK_MAGIC + " (env DMQ_NETWORK_MAGIC)"));
        OptionalLong named = DmqProtocol.magicOfNetwork(network);
        if (named.isPresent()) {
            return named.getAsLong();
        }
        OptionalLong cardano = unsigned(properties, "network_magic");
        if ("private".equals(network.toLowerCase(Locale.ROOT)) && cardano.isPresent()) {
            return DmqProtocol.magicFromCardanoMagic(cardano.getAsLong());
        }
        throw new IllegalArgumentException("no DMQ network magic for network '" + network + "': set "
                + NETWORK_MAGIC + " (env DMQ_NETWORK_MAGIC)");
    }

    /** The validation rules, with {@value #MAX_KES_EVOLUTIONS} if set. */
    public static DmqValidationRules validationRules(Map<String, ?> properties) {
        int evolutions = (int) unsigned(properties, MAX_KES_EVOLUTIONS)
                .orElse(DmqValidationRules.PUBLIC_NETWORKS_MAX_KES_EVOLUTIONS);
        return new DmqValidationRules(evolutions, DmqValidationRules.DEFAULT_MAX_EXPIRY_HORIZON);
    }
}
