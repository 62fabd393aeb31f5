package io.mithril.domain;

import io.mithril.domain.internal.HashFeed;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The message signed by the signers: key/value parts hashed in key declaration order (legacy scheme, the only one in
 * use on Pythagoras). Immutable; {@link #with(ProtocolMessagePartKey, String)} returns a modified copy.
 * <p>
 * Parts a plugin defines (keys outside {@link ProtocolMessagePartKey}) come after the reference's parts, ordered by
 * key (ASCII order; such keys are restricted to {@code [a-z0-9_]+}), so a message with only reference parts hashes
 * exactly as in the reference.
 */
public final class ProtocolMessage {
    private static final Pattern PLUGIN_KEY = Pattern.compile("[a-z0-9_]+");

    private final EnumMap<ProtocolMessagePartKey, String> parts;
    private final TreeMap<String, String> pluginParts;

    private ProtocolMessage(EnumMap<ProtocolMessagePartKey, String> parts, TreeMap<String, String> pluginParts) {
        this.parts = parts;
        this.pluginParts = pluginParts;
    }

    public static ProtocolMessage empty() {
        return new ProtocolMessage(new EnumMap<>(ProtocolMessagePartKey.class), new TreeMap<>());
    }

    public static ProtocolMessage of(Map<ProtocolMessagePartKey, String> parts) {
        EnumMap<ProtocolMessagePartKey, String> copy = new EnumMap<>(ProtocolMessagePartKey.class);
        parts.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v, "value of " + k)));
        return new ProtocolMessage(copy, new TreeMap<>());
    }

    /** A copy with the part set (replaced if present). */
    public ProtocolMessage with(ProtocolMessagePartKey key, String value) {
        EnumMap<ProtocolMessagePartKey, String> copy = new EnumMap<>(parts);
        copy.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
        return new ProtocolMessage(copy, pluginParts);
    }

    /**
     * A copy with the part of this wire name set: a reference key, or a plugin key of {@code [a-z0-9_]+}.
     *
     * @throws IllegalArgumentException on a plugin key with other characters
     */
    public ProtocolMessage with(String wireName, String value) {
        Optional<ProtocolMessagePartKey> known = ProtocolMessagePartKey.fromWireName(wireName);
        if (known.isPresent()) {
            return with(known.get(), value);
        }
        if (!PLUGIN_KEY.matcher(wireName).matches()) {
            throw new IllegalArgumentException("protocol message part key '" + wireName + "' is not [a-z0-9_]+");
        }
        TreeMap<String, String> copy = new TreeMap<>(pluginParts);
        copy.put(wireName, Objects.requireNonNull(value));
        return new ProtocolMessage(parts, copy);
    }

    public Optional<String> get(ProtocolMessagePartKey key) {
        return Optional.ofNullable(parts.get(key));
    }

    /** The part of this wire name, a reference key or a plugin key. */
    public Optional<String> get(String wireName) {
        return ProtocolMessagePartKey.fromWireName(wireName).map(parts::get)
                .or(() -> Optional.ofNullable(pluginParts.get(wireName)));
    }

    /** The reference's parts in hash order (an EnumMap iterates in declaration order); see {@link #wireParts()}. */
    public Map<ProtocolMessagePartKey, String> parts() {
        return Collections.unmodifiableMap(parts);
    }

    /** Every part keyed by its wire name, in hash order: the reference's parts, then the plugins' by key. */
    public Map<String, String> wireParts() {
        Map<String, String> all = new LinkedHashMap<>();
        parts.forEach((key, value) -> all.put(key.wireName(), value));
        all.putAll(pluginParts);
        return Collections.unmodifiableMap(all);
    }

    /** {@code hex(SHA-256(key₀ ‖ value₀ ‖ key₁ ‖ value₁ ‖ …))} over the present parts, in key order. */
    public String computeHash() {
        HashFeed feed = HashFeed.sha256();
        wireParts().forEach((key, value) -> feed.utf8(key).utf8(value));
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
        return o instanceof ProtocolMessage other && parts.equals(other.parts)
                && pluginParts.equals(other.pluginParts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode() * 31 + pluginParts.hashCode();
    }

    @Override
    public String toString() {
        return "ProtocolMessage" + wireParts();
    }
}
