package io.mithril.launcher;

/** The command line does not parse; the message says why (exit code 2, like clap). */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
