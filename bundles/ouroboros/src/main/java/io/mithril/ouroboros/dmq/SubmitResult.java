package io.mithril.ouroboros.dmq;

import java.util.Optional;

/** A node's answer to one submitted message: accepted, or rejected with a reason. */
public record SubmitResult(Optional<RejectReason> rejection) {
    public static SubmitResult accepted() {
        return new SubmitResult(Optional.empty());
    }

    public static SubmitResult rejected(RejectReason reason) {
        return new SubmitResult(Optional.of(reason));
    }

    public boolean isAccepted() {
        return rejection.isEmpty();
    }
}
