package io.mithril.devnet;

import io.mithril.crypto.stm.SingleSignature;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.SignedEntityType;

/**
 * Where a signer sends its single signatures: the aggregator's <code>POST /register-signatures</code>
 * ({@link HttpSignaturePublisher}) or, later, a DMQ node (dmq.md §4.4), or both. Implementations are thread-safe.
 */
public interface SignaturePublisher {

    /**
     * One signature to publish. {@code signer} gives a DMQ publisher what it needs to KES-sign the message (its
     * operational certificate and KES key); {@code message} is the protocol message the signature is over.
     */
    record Signature(SimulatedSigner signer, SignedEntityType type, SingleSignature signature,
            ProtocolMessage message) {
    }

    /** What became of a signature. */
    enum Status {
        /** Registered against an open message (HTTP 201). */
        REGISTERED,
        /** Accepted and buffered until the open message exists (HTTP 202). */
        BUFFERED,
        /** The open message is already certified or expired (HTTP 410): nothing left to do. */
        TOO_LATE,
        /** Refused as invalid (4xx); retrying the same signature would not help. */
        REJECTED,
        /** Not processed: the aggregator is unreachable or failed (5xx, e.g. its epoch data not computed yet). */
        UNDELIVERED;

        /** True when sending the same signature again later may succeed. */
        public boolean isRetryable() {
            return this == UNDELIVERED;
        }

        public boolean isAccepted() {
            return this == REGISTERED || this == BUFFERED;
        }
    }

    record Outcome(Status status, String detail) {
    }

    Outcome publish(Signature signature);
}
