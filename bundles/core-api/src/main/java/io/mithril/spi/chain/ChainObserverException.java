package io.mithril.spi.chain;

/** The chain could not be observed (node unreachable, unexpected answer, unsupported query). */
public class ChainObserverException extends Exception {
    private static final long serialVersionUID = 1L;

    public ChainObserverException(String message) {
        super(message);
    }

    public ChainObserverException(String message, Throwable cause) {
        super(message, cause);
    }
}
