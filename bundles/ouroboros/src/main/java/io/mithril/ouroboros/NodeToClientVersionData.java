package io.mithril.ouroboros;

import io.mithril.ouroboros.cbor.CborReader;
import io.mithril.ouroboros.cbor.CborWriter;

/**
 * Node-to-client version data {@code [networkMagic, query]} (Cardano N2C ≥ V15 and the DMQ N2C versions). Network
 * magics are unsigned 32-bit values carried in a {@code long} (DMQ magics are all above 2^31, dmq.md §1.3).
 */
public record NodeToClientVersionData(long networkMagic, boolean query) {
    public static final long MAX_MAGIC = 0xffffffffL;

    public NodeToClientVersionData {
        if (networkMagic < 0 || networkMagic > MAX_MAGIC) {
            throw new IllegalArgumentException("network magic " + networkMagic + " outside 0..2^32-1");
        }
    }

    public void writeTo(CborWriter out) {
        out.arrayHeader(2).unsigned(networkMagic).bool(query);
    }

    /** Reads {@code [magic, query]}, or a bare magic (N2C versions before V15, which had no query flag). */
    public static NodeToClientVersionData readFrom(CborReader in) {
        if (in.peekMajorType() == CborReader.MAJOR_UNSIGNED) {
            return new NodeToClientVersionData(in.readUnsigned(MAX_MAGIC, "network magic"), false);
        }
        long size = in.readArrayHeader();
        if (size != 2) {
            throw new io.mithril.ouroboros.cbor.CborException("node-to-client version data: expected [magic, query]");
        }
        return new NodeToClientVersionData(in.readUnsigned(MAX_MAGIC, "network magic"), in.readBool());
    }
}
