package io.mithril.crypto.kes;

/** A KES signature did not verify; {@link #reason()} says which check failed. */
public final class KesVerificationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why verification failed. */
    public enum Reason {
        /** The period is outside 0..63. */
        PERIOD_OUT_OF_RANGE,
        /** Blake2b-256(vkLeft ‖ vkRight) at some level differs from the key it must hash to. */
        VERIFICATION_KEY_MISMATCH,
        /** The innermost Ed25519 signature is invalid for the leaf key. */
        ED25519_SIGNATURE_INVALID
    }

    private final Reason reason;

    public KesVerificationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
