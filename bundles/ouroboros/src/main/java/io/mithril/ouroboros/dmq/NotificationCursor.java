package io.mithril.ouroboros.dmq;

import java.util.List;

/**
 * One connection's position in a server's message pool (the node keeps one cursor per connection, starting at the
 * beginning of its mempool: a fresh connection is re-served every unexpired message, dmq.md §2.2).
 */
public interface NotificationCursor {
    /** Up to {@code max} messages not delivered yet on this cursor, without waiting (possibly none). */
    List<byte[]> poll(int max);

    /** True if undelivered messages remain after the last poll. */
    boolean hasMore();

    /** Up to {@code max} undelivered messages, waiting until there is at least one. */
    List<byte[]> await(int max) throws InterruptedException;
}
