package io.mithril.ouroboros.dmq;

import io.mithril.ouroboros.NodeToClientVersionData;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/** Numbers of the DMQ node-to-client flavour (dmq.md §1.3, §1.4). */
public final class DmqProtocol {
    /** {@code NodeToClientV_1} with bit 12 set (DMQ's own version space; Cardano N2C uses bit 15). */
    public static final long NODE_TO_CLIENT_V1 = 0x1001;
    public static final int LOCAL_MSG_SUBMISSION = 14;
    public static final int LOCAL_MSG_NOTIFICATION = 15;

    public static final long MAINNET_MAGIC = 2912307721L;
    public static final long PREPROD_MAGIC = 2147483649L;
    public static final long PREVIEW_MAGIC = 2147483650L;
    public static final long DEVNET_MAGIC = 2147483690L;

    private DmqProtocol() {
    }

    /** The version table a DMQ client proposes / a DMQ node supports. */
    public static SortedMap<Long, NodeToClientVersionData> versions(long networkMagic) {
        SortedMap<Long, NodeToClientVersionData> versions = new TreeMap<>();
        versions.put(NODE_TO_CLIENT_V1, new NodeToClientVersionData(networkMagic, false));
        return versions;
    }

    /** The DMQ magic of a named Mithril network ({@code mainnet}, {@code preprod}, {@code preview}, {@code devnet}). */
    public static OptionalLong magicOfNetwork(String network) {
        return switch (network.trim().toLowerCase(Locale.ROOT)) {
            case "mainnet" -> OptionalLong.of(MAINNET_MAGIC);
            case "preprod" -> OptionalLong.of(PREPROD_MAGIC);
            case "preview" -> OptionalLong.of(PREVIEW_MAGIC);
            case "devnet" -> OptionalLong.of(DEVNET_MAGIC);
            default -> OptionalLong.empty();
        };
    }

    /**
     * The observed rule linking both magics (dmq.md §1.3): the Cardano magic with bit 31 set. Holds for every
     * named network; used for private networks when no DMQ magic is configured.
     */
    public static long magicFromCardanoMagic(long cardanoMagic) {
        if (cardanoMagic < 0 || cardanoMagic > 0x7fffffffL) {
            throw new IllegalArgumentException("Cardano network magic " + cardanoMagic + " outside 0..2^31-1");
        }
        return cardanoMagic | 0x80000000L;
    }
}
