package io.mithril.core.internal.certifier;

/** A certificate cannot be created for an open message (no parent, invalid aggregate, store failure...). */
public class CertificationException extends Exception {
    private static final long serialVersionUID = 1L;

    public CertificationException(String message) {
        super(message);
    }

    public CertificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
