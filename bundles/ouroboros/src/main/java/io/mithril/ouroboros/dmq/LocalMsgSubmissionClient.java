package io.mithril.ouroboros.dmq;

import io.mithril.ouroboros.MuxChannel;
import io.mithril.ouroboros.ProtocolException;
import java.io.IOException;
import java.time.Duration;

/** Client side of LocalMsgSubmission: one message at a time (Idle → Busy → Idle), then Done. Not thread-safe. */
public final class LocalMsgSubmissionClient {
    private final MuxChannel channel;
    private final Duration replyTimeout;

    /** @param replyTimeout how long to wait for Accept/Reject, null for no limit */
    public LocalMsgSubmissionClient(MuxChannel channel, Duration replyTimeout) {
        if (channel.protocol() != DmqProtocol.LOCAL_MSG_SUBMISSION) {
            throw new IllegalArgumentException("not the LocalMsgSubmission channel: " + channel.protocol());
        }
        this.channel = channel;
        this.replyTimeout = replyTimeout;
    }

    public SubmitResult submit(DmqMessage message) throws IOException {
        channel.send(LocalMsgSubmissionCodec.encode(LocalMsgSubmissionMessage.Submit.of(message)));
        LocalMsgSubmissionMessage reply = channel.receive(LocalMsgSubmissionCodec::decode, replyTimeout);
        if (reply instanceof LocalMsgSubmissionMessage.Accept) {
            return SubmitResult.accepted();
        }
        if (reply instanceof LocalMsgSubmissionMessage.Reject reject) {
            return SubmitResult.rejected(reject.reason());
        }
        channel.mux().close();
        throw new ProtocolException("LocalMsgSubmission: expected Accept or Reject, got " + reply);
    }

    /** Ends the protocol ({@code [3]}); the connection can then be closed. */
    public void done() throws IOException {
        channel.send(LocalMsgSubmissionCodec.encode(new LocalMsgSubmissionMessage.Done()));
    }
}
