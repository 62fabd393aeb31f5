package io.mithril.ouroboros;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ouroboros multiplexer over one stream connection (dmq.md §1.2). Outgoing messages are cut into segments of at
 * most {@link MuxSettings#maxSegmentPayload()} bytes; one reader thread demultiplexes incoming segments into the
 * per-protocol buffers of {@link MuxChannel}s, where messages are reassembled. Inbound segments must carry the peer's
 * mode bit and a protocol for which a channel exists (created with {@link #channel(int)} before {@link #start}), as
 * in the Haskell mux: anything else closes the connection. Thread-safe.
 */
public final class Mux implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(Mux.class);

    private final ByteChannel connection;
    private final MuxMode mode;
    private final MuxSettings settings;
    private final Map<Integer, MuxChannel> channels = new ConcurrentHashMap<>();
    private final List<Runnable> closeListeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Object writeLock = new Object();
    private final Object stateLock = new Object();
    private volatile boolean open = true;
    private IOException closeCause;
    private Thread reader;

    public Mux(ByteChannel connection, MuxMode mode, MuxSettings settings) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public MuxMode mode() {
        return mode;
    }

    /** The channel of a mini-protocol, created on first use (a closed mux yields an already-failed channel). */
    public MuxChannel channel(int protocol) {
        if (protocol < 0 || protocol > SegmentHeader.MAX_PROTOCOL) {
            throw new IllegalArgumentException("mini-protocol number " + protocol);
        }
        synchronized (stateLock) {
            MuxChannel channel = channels.computeIfAbsent(protocol, p -> new MuxChannel(this, p, settings));
            if (!open) {
                channel.fail(closedException());
            }
            return channel;
        }
    }

    /** Starts the reader thread (a daemon named after {@code name}). */
    public void start(String name) {
        synchronized (stateLock) {
            if (reader != null) {
                throw new IllegalStateException("mux already started");
            }
            reader = new Thread(this::readLoop, "ouroboros-mux-" + name);
            reader.setDaemon(true);
            reader.start();
        }
    }

    public boolean isOpen() {
        return open;
    }

    /** Runs {@code listener} once the mux is closed (immediately if it already is). */
    public void onClose(Runnable listener) {
        closeListeners.add(listener);
        if (!open && closeListeners.remove(listener)) {
            listener.run();
        }
    }

    /** Waits until the connection is closed (by either side). */
    public boolean awaitClosed(long timeout, TimeUnit unit) throws InterruptedException {
        return closed.await(timeout, unit);
    }

    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Why the mux closed: null while open or after a local {@link #close()}. */
    public IOException closeCause() {
        synchronized (stateLock) {
            return closeCause;
        }
    }

    @Override
    public void close() {
        shutdown(null);
    }

    /** Sends one mini-protocol message, cut into as many segments as needed (never interleaved with another send). */
    void send(int protocol, byte[] message) throws IOException {
        if (message.length == 0) {
            throw new IllegalArgumentException("empty mini-protocol message");
        }
        if (!open) {
            throw closedException();
        }
        int max = settings.maxSegmentPayload();
        ByteBuffer segment = ByteBuffer.allocate(SegmentHeader.SIZE + Math.min(max, message.length));
        synchronized (writeLock) {
            try {
                for (int offset = 0; offset < message.length; offset += max) {
                    int length = Math.min(max, message.length - offset);
                    segment.clear();
                    new SegmentHeader((int) settings.microsClock().getAsLong(), mode, protocol, length)
                            .writeTo(segment);
                    segment.put(message, offset, length).flip();
                    while (segment.hasRemaining()) {
                        connection.write(segment);
                    }
                }
            } catch (IOException e) {
                shutdown(e);
                throw e;
            }
        }
    }

    private void readLoop() {
        ByteBuffer header = ByteBuffer.allocate(SegmentHeader.SIZE);
        IOException cause = null;
        try {
            while (open) {
                header.clear();
                if (!readFully(header, true)) {
                    cause = new EOFException("the peer closed the connection");
                    break;
                }
                header.flip();
                SegmentHeader segment = SegmentHeader.readFrom(header);
                if (segment.mode() != mode.peer()) {
                    throw new ProtocolException("segment for mini-protocol " + segment.protocol() + " carries mode "
                            + segment.mode() + ", expected " + mode.peer());
                }
                MuxChannel channel = channels.get(segment.protocol());
                if (channel == null) {
                    throw new ProtocolException("segment for unexpected mini-protocol " + segment.protocol());
                }
                ByteBuffer payload = ByteBuffer.allocate(segment.payloadLength());
                readFully(payload, false);
                channel.deliver(payload.array());
            }
        } catch (IOException e) {
            cause = e;
        } catch (RuntimeException e) {
            cause = new IOException("mux reader failed", e);
        }
        if (open && cause != null) {
            LOG.debug("mux ({}) closing: {}", mode, cause.toString());
        }
        shutdown(cause);
    }

    /** Fills the buffer; false on a clean end of stream before its first byte (if allowed). */
    private boolean readFully(ByteBuffer buffer, boolean eofAllowedAtStart) throws IOException {
        while (buffer.hasRemaining()) {
            int n = connection.read(buffer);
            if (n < 0) {
                if (eofAllowedAtStart && buffer.position() == 0) {
                    return false;
                }
                throw new EOFException("connection closed inside a segment");
            }
        }
        return true;
    }

    private void shutdown(IOException cause) {
        synchronized (stateLock) {
            if (!open) {
                return;
            }
            open = false;
            closeCause = cause;
        }
        try {
            connection.close();
        } catch (IOException e) {
            LOG.debug("closing the mux connection: {}", e.toString());
        }
        IOException failure = closedException();
        channels.values().forEach(channel -> channel.fail(failure));
        for (Runnable listener : closeListeners) {
            if (closeListeners.remove(listener)) {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.warn("mux close listener failed", e);
                }
            }
        }
        closed.countDown();
    }

    private IOException closedException() {
        IOException cause = closeCause();
        if (cause instanceof EOFException) {
            return new EOFException(cause.getMessage());
        }
        return cause == null ? new IOException("connection closed") : new IOException("connection closed: " + cause.getMessage(), cause);
    }
}
