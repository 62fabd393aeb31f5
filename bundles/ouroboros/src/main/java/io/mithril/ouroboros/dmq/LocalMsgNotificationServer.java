package io.mithril.ouroboros.dmq;

import io.mithril.ouroboros.MiniProtocolResponder;
import io.mithril.ouroboros.MuxChannel;
import io.mithril.ouroboros.ProtocolException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;

/**
 * Server side of LocalMsgNotification over one connection's cursor: a blocking request waits for at least one
 * message; a non-blocking one answers at once with what is there and {@code hasMore}. At most
 * {@value #MAX_MESSAGES_PER_REPLY} messages per reply, like dmq-node.
 */
public final class LocalMsgNotificationServer implements MiniProtocolResponder {
    public static final int MAX_MESSAGES_PER_REPLY = 1000;

    private final NotificationCursor cursor;
    private final BlockingReplyForm form;

    public LocalMsgNotificationServer(NotificationCursor cursor, BlockingReplyForm form) {
        this.cursor = cursor;
        this.form = form;
    }

    @Override
    public void serve(MuxChannel channel) throws IOException {
        while (true) {
            LocalMsgNotificationMessage message = channel.receive(LocalMsgNotificationCodec::decode);
            if (message instanceof LocalMsgNotificationMessage.Request request) {
                channel.send(LocalMsgNotificationCodec.encode(reply(request.blocking()), form));
            } else if (!(message instanceof LocalMsgNotificationMessage.ClientDone)) {
                throw new ProtocolException("LocalMsgNotification: the client sent " + message);
            }
        }
    }

    private LocalMsgNotificationMessage reply(boolean blocking) throws InterruptedIOException {
        if (!blocking) {
            List<byte[]> messages = cursor.poll(MAX_MESSAGES_PER_REPLY);
            return new LocalMsgNotificationMessage.ReplyNonBlocking(messages, cursor.hasMore());
        }
        try {
            return new LocalMsgNotificationMessage.ReplyBlocking(cursor.await(MAX_MESSAGES_PER_REPLY));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("connection closed while a blocking request waited");
        }
    }
}
