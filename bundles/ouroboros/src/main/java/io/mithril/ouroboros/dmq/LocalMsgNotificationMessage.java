package io.mithril.ouroboros.dmq;

import java.util.List;

/**
 * The messages of LocalMsgNotification (mini-protocol 15; dmq.md §2.2). Notified messages are the exact CBOR items
 * the server sent, one per DmqMsg: decoding them is left to the consumer so one malformed message can be skipped
 * without losing the others.
 */
public sealed interface LocalMsgNotificationMessage {
    /** {@code [0, isBlocking]}. */
    record Request(boolean blocking) implements LocalMsgNotificationMessage {
    }

    /** {@code [1, msgs, hasMore]}, msgs an indefinite-length array (possibly empty). */
    record ReplyNonBlocking(List<byte[]> messages, boolean hasMore) implements LocalMsgNotificationMessage {
        public ReplyNonBlocking {
            messages = List.copyOf(messages);
        }
    }

    /** {@code [2, msgs]}, msgs an indefinite-length, non-empty array. */
    record ReplyBlocking(List<byte[]> messages) implements LocalMsgNotificationMessage {
        public ReplyBlocking {
            messages = List.copyOf(messages);
        }
    }

    /** {@code [3]}. */
    record ClientDone() implements LocalMsgNotificationMessage {
    }
}
