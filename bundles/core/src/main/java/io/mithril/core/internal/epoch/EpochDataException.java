package io.mithril.core.internal.epoch;

/** The epoch service cannot compute the data of the current epoch (missing settings, signers, invalid keys...). */
public class EpochDataException extends Exception {
    private static final long serialVersionUID = 1L;

    public EpochDataException(String message) {
        super(message);
    }

    public EpochDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
