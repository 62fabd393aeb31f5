package io.mithril.core.internal.registration;

import java.util.Optional;

/**
 * The registration round of the leader: opened by the runtime's epoch tasks, closed at the start of the next epoch's
 * tasks; none is open in between (registrations then get 550). Held in memory, as in the reference.
 */
public final class RegistrationRounds {
    private volatile RegistrationRound open;

    public void open(RegistrationRound round) {
        open = round;
    }

    public void close() {
        open = null;
    }

    public Optional<RegistrationRound> current() {
        return Optional.ofNullable(open);
    }
}
