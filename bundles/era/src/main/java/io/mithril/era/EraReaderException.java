package io.mithril.era;

/** The era reader could not tell the current era. */
public class EraReaderException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why reading failed. */
    public enum Kind {
        /** The adapter (file, chain, configuration) failed. */
        ADAPTER_FAILURE,
        /** No marker has an epoch at or before the current epoch. */
        CURRENT_ERA_NOT_FOUND
    }

    private final Kind kind;

    public EraReaderException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
