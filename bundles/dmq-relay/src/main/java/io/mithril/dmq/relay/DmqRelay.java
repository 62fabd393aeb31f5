package io.mithril.dmq.relay;

import io.mithril.ouroboros.NodeToClientServer;
import io.mithril.ouroboros.dmq.DmqNodeServer;
import io.mithril.ouroboros.dmq.SubmitResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A DMQ relay node on a Unix socket: speaks the real DMQ node-to-client wire format (handshake V1 with one network
 * magic, LocalMsgSubmission, LocalMsgNotification), validates submissions, keeps them in a {@link RelayMempool}
 * and serves them to every connected consumer (each connection sees each message once; blocking requests wait).
 * Usable as a library ({@link #start} / {@link #close}) and from the OSGi component of this bundle.
 */
public final class DmqRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DmqRelay.class);

    private final DmqRelaySettings settings;
    private final RelayMempool mempool;
    private final RelaySubmissions submissions;
    private final NodeToClientServer server;

    private DmqRelay(DmqRelaySettings settings, RelayMempool mempool, RelaySubmissions submissions,
            NodeToClientServer server) {
        this.settings = settings;
        this.mempool = mempool;
        this.submissions = submissions;
        this.server = server;
    }

    /** Starts with the system clock and the mempool of {@link #start(DmqRelaySettings, Clock)}. */
    public static DmqRelay start(DmqRelaySettings settings) throws IOException {
        return start(settings, Clock.systemUTC());
    }

    /**
     * Starts with the mempool the settings ask for: reloaded from {@link DmqRelaySettings#mempoolFile()} (unexpired
     * messages only) when set, so that consumers reconnecting to the restarted relay are served them again; fresh and
     * in memory otherwise.
     *
     * @throws MempoolFileException when the mempool file is corrupt (the relay does not start; the file is kept)
     */
    public static DmqRelay start(DmqRelaySettings settings, Clock clock) throws IOException {
        RelayMempool mempool = settings.mempoolFile().isPresent()
                ? RelayMempool.persistent(settings.mempoolFile().get(), clock, settings.capacity())
                : new RelayMempool(clock, settings.capacity());
        return start(settings, mempool, clock);
    }

    /**
     * Starts over an existing mempool (e.g. to restart the server in the same process while keeping its messages);
     * the settings' mempool file is not read: the mempool's own {@link RelayMempool#file()} applies.
     */
    public static DmqRelay start(DmqRelaySettings settings, RelayMempool mempool, Clock clock) throws IOException {
        Objects.requireNonNull(mempool, "mempool");
        RelaySubmissions submissions = new RelaySubmissions(settings, mempool, clock);
        NodeToClientServer server = DmqNodeServer.start(settings.socketPath(), settings.networkMagic(), submissions,
                mempool::newCursor, settings.replyForm(), settings.mux());
        LOG.info("DMQ relay listening on {} (magic {}, {} validation, {} replies)", settings.socketPath(),
                settings.networkMagic(), settings.validation(), settings.replyForm());
        return new DmqRelay(settings, mempool, submissions, server);
    }

    /** Submits a message as if it came through LocalMsgSubmission. */
    public SubmitResult submit(byte[] encodedMessage) {
        return submissions.submit(encodedMessage);
    }

    public RelayMempool mempool() {
        return mempool;
    }

    public DmqRelaySettings settings() {
        return settings;
    }

    public Path socketPath() {
        return settings.socketPath();
    }

    /** Client connections currently open. */
    public int connectionCount() {
        return server.connectionCount();
    }

    /** Closes every connection, stops listening and removes the socket file (the mempool is kept). */
    @Override
    public void close() {
        server.close();
        LOG.info("DMQ relay on {} stopped", settings.socketPath());
    }
}
