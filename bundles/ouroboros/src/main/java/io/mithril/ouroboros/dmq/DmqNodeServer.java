package io.mithril.ouroboros.dmq;

import io.mithril.ouroboros.MiniProtocolResponder;
import io.mithril.ouroboros.MuxSettings;
import io.mithril.ouroboros.NodeToClientServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** Starts a server speaking the DMQ node's local protocols: handshake V1 with one magic, LMS and LMN responders. */
public final class DmqNodeServer {
    private DmqNodeServer() {
    }

    /**
     * @param cursors a fresh notification cursor per connection
     */
    public static NodeToClientServer start(Path socketPath, long networkMagic, SubmissionHandler submissions,
            Supplier<NotificationCursor> cursors, BlockingReplyForm form, MuxSettings settings) throws IOException {
        Map<Integer, Supplier<MiniProtocolResponder>> responders = Map.of(
                DmqProtocol.LOCAL_MSG_SUBMISSION, () -> new LocalMsgSubmissionServer(submissions),
                DmqProtocol.LOCAL_MSG_NOTIFICATION, () -> new LocalMsgNotificationServer(cursors.get(), form));
        return NodeToClientServer.start(socketPath, DmqProtocol.versions(networkMagic), responders, settings);
    }
}
