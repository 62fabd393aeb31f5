package io.mithril.core.internal.runtime;

/** An error the runtime must not survive (the reference's {@code RuntimeError::Critical}): the process stops. */
public class CriticalRuntimeException extends Exception {
    private static final long serialVersionUID = 1L;

    public CriticalRuntimeException(String message, Throwable cause) {
        super(message, cause);
    }
}
