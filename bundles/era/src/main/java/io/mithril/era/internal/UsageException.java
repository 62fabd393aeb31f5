package io.mithril.era.internal;

/** Bad command-line input: reported with usage, exit code 2 (like clap). */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
