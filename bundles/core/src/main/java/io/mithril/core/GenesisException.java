package io.mithril.core;

/** The genesis certificate cannot be built, verified or stored; the message says why. */
public class GenesisException extends Exception {
    private static final long serialVersionUID = 1L;

    public GenesisException(String message) {
        super(message);
    }

    public GenesisException(String message, Throwable cause) {
        super(message, cause);
    }
}
