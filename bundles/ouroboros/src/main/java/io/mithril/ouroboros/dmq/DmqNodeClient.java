package io.mithril.ouroboros.dmq;

import io.mithril.ouroboros.MuxSettings;
import io.mithril.ouroboros.NodeToClientConnection;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** A connection to a DMQ node's local socket with the DMQ handshake done, and its two mini-protocol clients. */
public final class DmqNodeClient implements Closeable {
    private final NodeToClientConnection connection;
    private final LocalMsgSubmissionClient submission;
    private final LocalMsgNotificationClient notification;

    private DmqNodeClient(NodeToClientConnection connection, Duration replyTimeout) {
        this.connection = connection;
        this.submission = new LocalMsgSubmissionClient(connection.channel(DmqProtocol.LOCAL_MSG_SUBMISSION),
                replyTimeout);
        this.notification = new LocalMsgNotificationClient(
                connection.channel(DmqProtocol.LOCAL_MSG_NOTIFICATION));
    }

    /**
     * Connects and proposes {@link DmqProtocol#NODE_TO_CLIENT_V1} with {@code networkMagic}.
     *
     * @param timeout limit for the handshake and for submission replies
     * @throws io.mithril.ouroboros.HandshakeRefusedException if the node runs another network
     */
    public static DmqNodeClient connect(Path socketPath, long networkMagic, MuxSettings settings, Duration timeout)
            throws IOException {
        return new DmqNodeClient(NodeToClientConnection.connect(socketPath, DmqProtocol.versions(networkMagic),
                settings, timeout), timeout);
    }

    public LocalMsgSubmissionClient submission() {
        return submission;
    }

    public LocalMsgNotificationClient notification() {
        return notification;
    }

    public NodeToClientConnection connection() {
        return connection;
    }

    @Override
    public void close() {
        connection.close();
    }
}
