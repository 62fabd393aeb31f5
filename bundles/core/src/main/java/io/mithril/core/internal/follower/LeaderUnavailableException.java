package io.mithril.core.internal.follower;

/** The leader could not be reached, or answered with an error or an undecodable body. */
public final class LeaderUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public LeaderUnavailableException(String message) {
        super(message);
    }

    public LeaderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
