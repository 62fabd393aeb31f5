package io.mithril.core.internal.runtime;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.era.EraChecker;
import io.mithril.era.EraEpochToken;
import io.mithril.era.EraReader;
import io.mithril.era.EraReaderException;
import io.mithril.era.UnsupportedEraException;

/**
 * The era check of the epoch tasks (aggregator.md §2.1 task 2, §7): the current era read at the epoch must be
 * supported, which is critical otherwise; an unsupported next era is only a warning.
 */
public final class EraGate {
    private static final Logger LOG = LoggerFactory.getLogger(EraGate.class);

    private final EraReader reader;
    private volatile EraChecker checker;

    public EraGate(EraReader reader) {
        this.reader = reader;
    }

    /**
     * @return the current era's name, e.g. {@code pythagoras}
     * @throws UnsupportedEraException when the current era is not supported (critical)
     * @throws EraReaderException when the markers cannot be read or none applies
     */
    public String update(long epoch) throws UnsupportedEraException, EraReaderException {
        EraEpochToken token = reader.readEraEpochToken(epoch);
        EraChecker updated = checker == null ? new EraChecker(token.currentSupportedEra(), epoch) : checker;
        updated.update(token).ifPresent(LOG::warn);
        checker = updated;
        return updated.currentEra().id();
    }

    public Optional<String> currentEra() {
        EraChecker current = checker;
        return current == null ? Optional.empty() : Optional.of(current.currentEra().id());
    }
}
