package io.mithril.signature.dmq;

/** A DMQ message failed one check; {@link #reason()} says which. */
public final class DmqValidationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final DropReason reason;

    public DmqValidationException(DropReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DmqValidationException(DropReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public DropReason reason() {
        return reason;
    }
}
