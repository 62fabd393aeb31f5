package io.mithril.discovery;

/** Discovery cannot proceed: the networks configuration cannot be read or parsed, or a document cannot be fetched. */
public class DiscoveryException extends Exception {
    private static final long serialVersionUID = 1L;

    public DiscoveryException(String message) {
        super(message);
    }

    public DiscoveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
