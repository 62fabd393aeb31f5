package io.mithril.core.internal.runtime;

import java.util.Optional;

import io.mithril.core.internal.certifier.OpenMessage;
import io.mithril.spi.chain.TimePoint;

/** The states of the leader runtime (aggregator.md §2.1), with the reference's labels. */
public sealed interface RuntimeState {

    String label();

    /** Before the epoch tasks of a new epoch; {@code last} is the time point they last ran for. */
    record Idle(Optional<TimePoint> last) implements RuntimeState {
        @Override
        public String label() {
            return "idle";
        }
    }

    /** Looking for a message to sign. */
    record Ready(TimePoint timePoint) implements RuntimeState {
        @Override
        public String label() {
            return "ready";
        }
    }

    /** Waiting for the quorum of one open message. */
    record Signing(TimePoint timePoint, OpenMessage openMessage) implements RuntimeState {
        @Override
        public String label() {
            return "signing";
        }
    }

    /** Nothing can be certified until the epoch changes (or an operator acts). */
    record Blocked(TimePoint since, Reason reason) implements RuntimeState {
        @Override
        public String label() {
            return reason.label;
        }
    }

    /** Why the runtime is blocked. */
    enum Reason {
        /** No genesis certificate yet. */
        NO_GENESIS("blocked-no-genesis"),
        /** The genesis certificate is of the current epoch: nothing is signed in the genesis epoch. */
        GENESIS_EPOCH("blocked-genesis-epoch"),
        /** The latest certificate is more than one epoch away: a leader needs a new genesis. */
        EPOCH_GAP("blocked-epoch-gap");

        private final String label;

        Reason(String label) {
            this.label = label;
        }
    }
}
