package io.mithril.domain.chain;

/** An STM multi-signature is malformed or invalid. */
public class MultiSignatureVerificationException extends Exception {
    private static final long serialVersionUID = 1L;

    public MultiSignatureVerificationException(String message) {
        super(message);
    }

    public MultiSignatureVerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
