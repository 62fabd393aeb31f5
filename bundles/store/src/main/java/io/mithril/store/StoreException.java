package io.mithril.store;

/**
 * A persistence failure. {@link #isBusy()} tells SQLite's <code>SQLITE_BUSY</code> apart (the REST layer maps it to 503,
 * aggregator.md §1.1).
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean busy;

    public StoreException(String message, Throwable cause, boolean busy) {
        super(message, cause);
        this.busy = busy;
    }

    public StoreException(String message) {
        this(message, null, false);
    }

    /** True when the database was locked by another connection for longer than the busy timeout. */
    public boolean isBusy() {
        return busy;
    }
}
