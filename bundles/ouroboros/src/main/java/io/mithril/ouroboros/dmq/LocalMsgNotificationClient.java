package io.mithril.ouroboros.dmq;

import io.mithril.ouroboros.MuxChannel;
import io.mithril.ouroboros.ProtocolException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Client side of LocalMsgNotification: one request outstanding at a time. Both reply forms are accepted for either
 * request kind. Returned messages are the raw CBOR items (decode each with {@link DmqMessage#decode}). Not
 * thread-safe; to abort a blocking request, close the connection.
 */
public final class LocalMsgNotificationClient {
    private final MuxChannel channel;

    public LocalMsgNotificationClient(MuxChannel channel) {
        if (channel.protocol() != DmqProtocol.LOCAL_MSG_NOTIFICATION) {
            throw new IllegalArgumentException("not the LocalMsgNotification channel: " + channel.protocol());
        }
        this.channel = channel;
    }

    /** A non-blocking reply: possibly no messages; {@code hasMore} means "ask again now". */
    public record Reply(List<byte[]> messages, boolean hasMore) {
        public Reply {
            messages = List.copyOf(messages);
        }
    }

    /** Sends a blocking request and waits, as long as it takes, for at least one message. */
    public List<byte[]> requestBlocking() throws IOException {
        return request(true, null).messages();
    }

    /** Sends a non-blocking request and waits (up to {@code timeout}, null = no limit) for the immediate reply. */
    public Reply requestNonBlocking(Duration timeout) throws IOException {
        return request(false, timeout);
    }

    /** Ends the protocol ({@code [3]}). */
    public void done() throws IOException {
        channel.send(LocalMsgNotificationCodec.encode(new LocalMsgNotificationMessage.ClientDone()));
    }

    private Reply request(boolean blocking, Duration timeout) throws IOException {
        channel.send(LocalMsgNotificationCodec.encode(new LocalMsgNotificationMessage.Request(blocking)));
        LocalMsgNotificationMessage reply = channel.receive(LocalMsgNotificationCodec::decode, timeout);
        if (reply instanceof LocalMsgNotificationMessage.ReplyBlocking r) {
            return new Reply(r.messages(), false);
        }
        if (reply instanceof LocalMsgNotificationMessage.ReplyNonBlocking r) {
            return new Reply(r.messages(), r.hasMore());
        }
        channel.mux().close();
        throw new ProtocolException("LocalMsgNotification: expected a reply, got " + reply);
    }
}
