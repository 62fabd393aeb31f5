package io.mithril.crypto.cardano;

/** A signer's (or DMQ message's) KES / operational-certificate proof of pool identity was rejected. */
public final class SignerCertificationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Which check failed (the reference's {@code ProtocolRegistrationErrorWrapper} / dmq-node errors). */
    public enum Reason {
        /** The cold key's Ed25519 signature over the opcert body is invalid ({@code OpCertInvalid}). */
        OPCERT_SIGNATURE_INVALID,
        /** The KES period precedes the opcert's start period. */
        KES_PERIOD_BEFORE_OPCERT_START,
        /** The KES evolution is past the key's (or the network's) last evolution. */
        KES_PERIOD_OUT_OF_RANGE,
        /** No tried evolution verifies the KES signature ({@code KesSignatureInvalid}). */
        KES_SIGNATURE_INVALID
    }

    private final Reason reason;

    public SignerCertificationException(Reason reason, String message) {
        this(reason, message, null);
    }

    public SignerCertificationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
