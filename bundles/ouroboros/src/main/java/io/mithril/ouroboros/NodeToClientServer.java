package io.mithril.ouroboros;

import java.io.Closeable;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node-to-client server on a Unix-domain socket: accepts connections, answers the handshake, then runs one
 * {@link MiniProtocolResponder} thread per registered mini-protocol for the connection's lifetime (a client that
 * never uses a protocol just leaves its responder waiting). Segments for any other protocol close the connection.
 */
public final class NodeToClientServer implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeToClientServer.class);
    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);

    private final Path socketPath;
    private final ServerSocketChannel server;
    private final SortedMap<Long, NodeToClientVersionData> versions;
    private final Map<Integer, Supplier<MiniProtocolResponder>> responders;
    private final MuxSettings settings;
    private final Set<Mux> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sequence = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean running = true;

    private NodeToClientServer(Path socketPath, ServerSocketChannel server,
            SortedMap<Long, NodeToClientVersionData> versions,
            Map<Integer, Supplier<MiniProtocolResponder>> responders, MuxSettings settings) {
        this.socketPath = socketPath;
        this.server = server;
        this.versions = new TreeMap<>(versions);
        this.responders = Map.copyOf(responders);
        this.settings = settings;
        this.acceptor = new Thread(this::acceptLoop, "ouroboros-n2c-server-" + socketPath.getFileName());
        this.acceptor.setDaemon(true);
    }

    /**
     * Binds the socket (replacing a stale socket file left by a previous run) and starts accepting.
     *
     * @param responders per mini-protocol number, a factory of the responder run on each connection
     */
    public static NodeToClientServer start(Path socketPath, SortedMap<Long, NodeToClientVersionData> versions,
            Map<Integer, Supplier<MiniProtocolResponder>> responders, MuxSettings settings) throws IOException {
        if (responders.containsKey(HandshakeMessage.PROTOCOL)) {
            throw new IllegalArgumentException("the handshake protocol is run by the server itself");
        }
        if (Files.exists(socketPath) && !Files.isRegularFile(socketPath) && !Files.isDirectory(socketPath)) {
            Files.delete(socketPath);
        }
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socketPath));
        } catch (IOException e) {
            server.close();
            throw e;
        }
        NodeToClientServer started = new NodeToClientServer(socketPath, server, versions, responders, settings);
        started.acceptor.start();
        return started;
    }

    public Path socketPath() {
        return socketPath;
    }

    /** Connections currently open (handshake done or in progress). */
    public int connectionCount() {
        return connections.size();
    }

    /** Stops accepting, closes every connection and removes the socket file. */
    @Override
    public void close() {
        running = false;
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("closing server socket: {}", e.toString());
        }
        connections.forEach(Mux::close);
        try {
            acceptor.join(5000);
            Files.deleteIfExists(socketPath);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.debug("removing socket file {}: {}", socketPath, e.toString());
        }
    }

    private void acceptLoop() {
        while (running) {
            try {
                SocketChannel socket = server.accept();
                int id = sequence.incrementAndGet();
                Thread handler = new Thread(() -> handle(socket, id), "ouroboros-n2c-conn-" + id);
                handler.setDaemon(true);
                handler.start();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (running) {
                    LOG.warn("accepting a connection on {} failed: {}", socketPath, e.toString());
                }
            }
        }
    }

    private void handle(SocketChannel socket, int id) {
        Mux mux = new Mux(socket, MuxMode.RESPONDER, settings);
        connections.add(mux);
        if (!running) {
            mux.close();
        }
        List<Thread> workers = new ArrayList<>();
        try {
            MuxChannel handshake = mux.channel(HandshakeMessage.PROTOCOL);
            Map<Integer, MuxChannel> channels = new TreeMap<>();
            responders.keySet().forEach(p -> channels.put(p, mux.channel(p)));
            mux.start("server-" + id);
            Optional<Handshake.Agreement> agreement = Handshake.respond(handshake, versions, HANDSHAKE_TIMEOUT);
            if (agreement.isEmpty()) {
                LOG.debug("connection {}: handshake ended without agreement", id);
                closeAfterFlush(mux);
                return;
            }
            channels.forEach((protocol, channel) -> workers.add(startResponder(mux, id, protocol, channel)));
            mux.awaitClosed();
        } catch (IOException e) {
            LOG.debug("connection {}: {}", id, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            mux.close();
            workers.forEach(Thread::interrupt);
            connections.remove(mux);
        }
    }

    private Thread startResponder(Mux mux, int id, int protocol, MuxChannel channel) {
        MiniProtocolResponder responder = responders.get(protocol).get();
        Thread worker = new Thread(() -> {
            try {
                responder.serve(channel);
            } catch (IOException e) {
                LOG.debug("connection {} mini-protocol {}: {}", id, protocol, e.toString());
                mux.close();
            } catch (RuntimeException e) {
                LOG.warn("connection {} mini-protocol {} responder failed", id, protocol, e);
                mux.close();
            }
        }, "ouroboros-n2c-conn-" + id + "-p" + protocol);
        worker.setDaemon(true);
        worker.start();
        return worker;
    }

    /** After a refusal the client reads our answer and closes; give it a moment before closing ourselves. */
    private static void closeAfterFlush(Mux mux) throws InterruptedException {
        mux.awaitClosed(2, java.util.concurrent.TimeUnit.SECONDS);
    }
}
