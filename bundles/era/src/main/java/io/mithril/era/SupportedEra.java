package io.mithril.era;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The eras this software can run, in the reference's order (serialized lowercase; thales no longer exists). */
public enum SupportedEra {
    PYTHAGORAS,
    LAGRANGE;

    /** The serialized name: <code>pythagoras</code>, <code>lagrange</code>. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Rust <code>Debug</code> form printed by <code>era list</code>: <code>Pythagoras</code>. */
    public String debugName() {
        String id = id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    /** Every supported era, oldest first. */
    public static List<SupportedEra> eras() {
        return List.of(values());
    }

    /** The era of an exact lowercase name, as the reference parses markers (case-sensitive). */
    public static Optional<SupportedEra> parse(String name) {
        for (SupportedEra era : values()) {
            if (era.id().equals(name)) {
                return Optional.of(era);
            }
        }
        return Optional.empty();
    }
}
