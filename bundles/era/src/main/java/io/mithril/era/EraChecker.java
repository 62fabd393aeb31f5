package io.mithril.era;

import java.util.Optional;

/**
 * The era gate of the runtime (aggregator.md §7, §2.1): at startup and at each new epoch the current era must be
 * supported, otherwise the aggregator must stop; an unsupported next era only deserves a warning.
 */
public final class EraChecker {
    private volatile State state;

    private record State(SupportedEra era, long epoch) {
    }

    public EraChecker(SupportedEra initialEra, long epoch) {
        this.state = new State(initialEra, epoch);
    }

    /**
     * Checks a freshly read token and, when its current era is supported, makes it the current era.
     *
     * @return a warning to log when the next era is announced but not supported
     * @throws UnsupportedEraException when the current era is not supported: a critical error
     */
    public Optional<String> update(EraEpochToken token) throws UnsupportedEraException {
        SupportedEra current = token.currentSupportedEra();
        state = new State(current, token.currentEpoch());
        try {
            token.nextSupportedEra();
            return Optional.empty();
        } catch (UnsupportedEraException e) {
            return Optional.of("Upcoming Era '" + e.era() + "' is not supported by this version of the software."
                    + " Please update!");
        }
    }

    public SupportedEra currentEra() {
        return state.era();
    }

    /** The epoch of the last successful {@link #update}. */
    public long epoch() {
        return state.epoch();
    }
}
