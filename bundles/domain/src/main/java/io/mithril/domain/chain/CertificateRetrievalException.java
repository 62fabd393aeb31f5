package io.mithril.domain.chain;

/** A certificate could not be retrieved (not found, unreadable, transport failure). */
public class CertificateRetrievalException extends Exception {
    private static final long serialVersionUID = 1L;

    public CertificateRetrievalException(String message) {
        super(message);
    }

    public CertificateRetrievalException(String message, Throwable cause) {
        super(message, cause);
    }
}
