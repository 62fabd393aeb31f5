package io.mithril.era;

/** A marker names an era this software does not support. For the current era this is critical (exit). */
public class UnsupportedEraException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String era;

    public UnsupportedEraException(String era) {
        super("Unsupported Era '" + era + "'.");
        this.era = era;
    }

    public String era() {
        return era;
    }
}
