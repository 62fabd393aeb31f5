package io.mithril.core;

/** A signer registration was refused; {@link #kind()} tells how the reference answers it over HTTP. */
public class SignerRegistrationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The refusal kinds, with the reference's HTTP status. */
    public enum Kind {
        /** A key, signature or certificate does not decode: 400 {@code Could not decode signer payload}. */
        UNDECODABLE(400),
        /** No registration round is open: 550. */
        ROUND_NOT_OPENED(550),
        /** The message's epoch is not the open round's: 500. */
        UNEXPECTED_EPOCH(500),
        /** Operational certificate, KES signature, proof of possession or stake check failed: 400 {@code failed_signer_registration}. */
        FAILED_VERIFICATION(400),
        /** A follower refuses every registration: 500. */
        FOLLOWER(500),
        /** Storage or chain failure: 500. */
        INTERNAL(500);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Kind kind;

    public SignerRegistrationException(Kind kind, String message) {
        this(kind, message, null);
    }

    public SignerRegistrationException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
