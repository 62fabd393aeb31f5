package io.mithril.ouroboros;

import java.io.Closeable;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client connection to a node's local (Unix-domain) socket: mux started and handshake done. Mini-protocol
 * channels are then taken with {@link #channel(int)} before their first message is sent. Thread-safe.
 */
public final class NodeToClientConnection implements Closeable {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Mux mux;
    private final Handshake.Agreement agreement;

    private NodeToClientConnection(Mux mux, Handshake.Agreement agreement) {
        this.mux = mux;
        this.agreement = agreement;
    }

    /**
     * Connects and runs the handshake.
     *
     * @throws HandshakeRefusedException if the node refuses our versions (e.g. another network magic)
     */
    public static NodeToClientConnection connect(Path socketPath, SortedMap<Long, NodeToClientVersionData> versions,
            MuxSettings settings, Duration handshakeTimeout) throws IOException {
        SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX);
        Mux mux = new Mux(socket, MuxMode.INITIATOR, settings);
        try {
            socket.connect(UnixDomainSocketAddress.of(socketPath));
            MuxChannel handshake = mux.channel(HandshakeMessage.PROTOCOL);
            mux.start("client-" + SEQUENCE.incrementAndGet());
            return new NodeToClientConnection(mux, Handshake.propose(handshake, versions, handshakeTimeout));
        } catch (IOException | RuntimeException e) {
            mux.close();
            socket.close();
            throw e;
        }
    }

    public long version() {
        return agreement.version();
    }

    public NodeToClientVersionData versionData() {
        return agreement.data();
    }

    /** The channel of a mini-protocol (create it before sending its first message). */
    public MuxChannel channel(int protocol) {
        return mux.channel(protocol);
    }

    public Mux mux() {
        return mux;
    }

    public boolean isOpen() {
        return mux.isOpen();
    }

    @Override
    public void close() {
        mux.close();
    }
}
