package io.mithril.era;

import java.util.Objects;
import java.util.Optional;

/** What the era reader found at an epoch: the current era marker and the marker of the era to come, if any. */
public record EraEpochToken(long currentEpoch, EraMarker currentEra, Optional<EraMarker> nextEra) {
    public EraEpochToken {
        Objects.requireNonNull(currentEra, "currentEra");
        Objects.requireNonNull(nextEra, "nextEra");
    }

    /** The current era; an unsupported one means this software must not run (a critical error). */
    public SupportedEra currentSupportedEra() throws UnsupportedEraException {
        return SupportedEra.parse(currentEra.name()).orElseThrow(() -> new UnsupportedEraException(currentEra.name()));
    }

    /** The coming era, if announced; unsupported means an upgrade is needed before it starts. */
    public Optional<SupportedEra> nextSupportedEra() throws UnsupportedEraException {
        if (nextEra.isEmpty()) {
            return Optional.empty();
        }
        String name = nextEra.get().name();
        return Optional.of(SupportedEra.parse(name).orElseThrow(() -> new UnsupportedEraException(name)));
    }
}
