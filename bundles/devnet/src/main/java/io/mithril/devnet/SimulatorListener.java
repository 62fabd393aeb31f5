package io.mithril.devnet;

import io.mithril.devnet.SignaturePublisher.Outcome;
import io.mithril.domain.SignedEntityType;

/** What the simulated signers do, for display and tests. Called from the simulator's thread; must not block. */
public interface SimulatorListener {
    SimulatorListener NONE = new SimulatorListener() {
    };

    /** The chain entered a new epoch. */
    default void epochChanged(long epoch) {
    }

    /** The aggregator accepted a registration for {@code registrationEpoch} (it signs at registrationEpoch + 1). */
    default void registered(String partyId, long registrationEpoch) {
    }

    default void registrationFailed(String partyId, long registrationEpoch, String reason) {
    }

    /** A signer computed {@code signedMessage} for {@code type}, won the lottery and published its signature. */
    default void signaturePublished(SignedEntityType type, String partyId, String signedMessage, int wonIndexes,
            Outcome outcome) {
    }

    /** A signer lost every lottery index for {@code type}: it has nothing to send. */
    default void lotteryLost(SignedEntityType type, String partyId) {
    }

    /** The simulators cannot progress yet (aggregator behind the chain, settings missing, errors…). */
    default void waiting(String reason) {
    }
}
