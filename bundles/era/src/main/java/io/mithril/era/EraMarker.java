package io.mithril.era;

import java.util.Objects;
import java.util.Optional;

/**
 * A tag of era change: an era name and, when known, the epoch it starts at. Names are kept as read (a marker may
 * name an era this software does not support).
 */
public record EraMarker(String name, Optional<Long> epoch) {
    public EraMarker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(epoch, "epoch");
        epoch.ifPresent(e -> {
            if (e < 0) {
                throw new IllegalArgumentException("era marker epoch must not be negative: " + e);
            }
        });
    }

    public static EraMarker at(String name, long epoch) {
        return new EraMarker(name, Optional.of(epoch));
    }

    public static EraMarker unscheduled(String name) {
        return new EraMarker(name, Optional.empty());
    }

    @Override
    public String toString() {
        // the reference's Debug form, as its CurrentEraNotFound message prints it
        return "EraMarker { name: \"" + name + "\", epoch: " + epoch.map(e -> "Some(Epoch(" + e + "))").orElse("None")
                + " }";
    }
}
