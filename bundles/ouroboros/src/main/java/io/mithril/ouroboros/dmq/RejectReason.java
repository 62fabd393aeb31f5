package io.mithril.ouroboros.dmq;

/**
 * Why a DMQ node rejected a submitted message (dmq.md §2.1): {@code [0, tstr]} invalid (dmq-node puts the Haskell
 * {@code show} of its validation error there), {@code [1]} already received, {@code [2]} expired, {@code [3, tstr]}
 * other.
 */
public sealed interface RejectReason {
    record Invalid(String detail) implements RejectReason {
    }

    record AlreadyReceived() implements RejectReason {
    }

    record Expired() implements RejectReason {
    }

    record Other(String detail) implements RejectReason {
    }
}
