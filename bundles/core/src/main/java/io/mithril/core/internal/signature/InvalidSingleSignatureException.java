package io.mithril.core.internal.signature;

/** An authenticated signature does not verify against its open message (the reference answers 500). */
public class InvalidSingleSignatureException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidSingleSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
