package io.mithril.tools.internal;

/** Bad command-line arguments: the command prints the message and the usage, and exits with 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
