package io.mithril.crypto.bls;

/** A BLS failure with its specific {@link BlsError kind}. */
public final class BlsException extends Exception {
    private static final long serialVersionUID = 1L;

    private final BlsError kind;

    public BlsException(BlsError kind, String message) {
        super(kind + ": " + message);
        this.kind = kind;
    }

    public BlsError kind() {
        return kind;
    }
}
