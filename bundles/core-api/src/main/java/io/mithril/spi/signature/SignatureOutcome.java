package io.mithril.spi.signature;

/** What the signature processor did with one single signature (aggregator.md §1.4). */
public record SignatureOutcome(Status status, String label, String message) {
    public enum Status {
        /** Verified and added to an open message (HTTP 201). */
        REGISTERED,
        /** No open message yet for that entity: kept for later (HTTP 202). */
        BUFFERED,
        /** The entity is already certified or its open message expired (HTTP 410). */
        GONE,
        /** The signature or its signer is invalid (HTTP 400 with label/message). */
        REJECTED,
        /** Nothing can be done now (no epoch yet, store unavailable; HTTP 5xx). */
        UNAVAILABLE
    }

    public static SignatureOutcome of(Status status) {
        return new SignatureOutcome(status, null, null);
    }

    public static SignatureOutcome rejected(String label, String message) {
        return new SignatureOutcome(Status.REJECTED, label, message);
    }
}
