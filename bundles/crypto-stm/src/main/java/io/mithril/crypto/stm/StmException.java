package io.mithril.crypto.stm;

/** An STM failure with its specific {@link StmError kind}, so callers can report exactly what went wrong. */
public final class StmException extends Exception {
    private static final long serialVersionUID = 1L;

    private final StmError kind;

    public StmException(StmError kind, String message) {
        super(kind + ": " + message);
        this.kind = kind;
    }

    public StmException(StmError kind, String message, Throwable cause) {
        super(kind + ": " + message, cause);
        this.kind = kind;
    }

    public StmError kind() {
        return kind;
    }
}
