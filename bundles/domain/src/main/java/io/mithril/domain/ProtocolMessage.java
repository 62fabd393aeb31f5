package io.mithril.domain;

import io.mithril.domain.internal.HashFeed;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The message signed by the signers: key/value parts hashed in key declaration order (legacy scheme, the only one in
 * use on Pythagoras). Immutable; {@link #with(ProtocolMessagePartKey, String)} returns a modified copy.
 */
public final class ProtocolMessage {
    private final EnumMap<ProtocolMessagePartKey, String> parts;

    private ProtocolMessage(EnumMap<ProtocolMessagePartKey, String> parts) {
        this.parts = parts;
    }

    public static ProtocolMessage empty() {
        return new ProtocolMessage(new EnumMap<>(ProtocolMessagePartKey.class));
    }

    public static ProtocolMessage of(Map<ProtocolMessagePartKey, String> parts) {
        EnumMap<ProtocolMessagePartKey, String> copy = new EnumMap<>(ProtocolMessagePartKey.class);
        parts.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v, "value of " + k)));
        return new ProtocolMessage(copy);
    }

    /** A copy with the part set (replaced if present). */
    public ProtocolMessage with(ProtocolMessagePartKey key, String value) {
        EnumMap<ProtocolMessagePartKey, String> copy = new EnumMap<>(parts);
        copy.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
        return new ProtocolMessage(copy);
    }

    public Optional<String> get(ProtocolMessagePartKey key) {
        return Optional.ofNullable(parts.get(key));
    }

    /** The parts in hash order (an EnumMap iterates in declaration order). */
    public Map<ProtocolMessagePartKey, String> parts() {
        return Collections.unmodifiableMap(parts);
    }

    /** {@code hex(SHA-256(key₀ ‖ value₀ ‖ key₁ ‖ value₁ ‖ …))} over the present parts, in key order. */
    public String computeHash() {
        HashFeed feed = HashFeed.sha256();
        parts.forEach((key, value) -> feed.utf8(key.wireName()).utf8(value));
        return feed.hex();
    }

    /**
     * What signers and the genesis key sign: the ASCII bytes of the 64-char hex hash, not the raw digest.
     */
    public byte[] signedPayload() {
        return computeHash().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProtocolMessage other && parts.equals(other.parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return "ProtocolMessage" + parts;
    }
}
