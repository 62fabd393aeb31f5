package io.mithril.ouroboros;

import io.mithril.ouroboros.cbor.CborException;
import io.mithril.ouroboros.cbor.CborIncompleteException;
import io.mithril.ouroboros.cbor.CborReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;

/**
 * One mini-protocol's side of a {@link Mux}: sends whole messages and reassembles received ones. Bytes of this
 * protocol accumulate in one buffer; {@link #receive} decodes the next message as soon as the buffered bytes hold it
 * completely (one segment may end one message and start the next). Thread-safe; a protocol has one receiver at a time.
 */
public final class MuxChannel {
    private final Mux mux;
    private final int protocol;
    private final MuxSettings settings;
    private byte[] buffer = new byte[1024];
    private int length;
    /** Buffer length at the last attempt that found the message incomplete: no point decoding again before more. */
    private int triedLength = -1;
    private IOException failure;

    MuxChannel(Mux mux, int protocol, MuxSettings settings) {
        this.mux = mux;
        this.protocol = protocol;
        this.settings = settings;
    }

    public int protocol() {
        return protocol;
    }

    public Mux mux() {
        return mux;
    }

    /** Sends one encoded message (segmented as needed). */
    public void send(byte[] message) throws IOException {
        mux.send(protocol, message);
    }

    /** Waits for the next complete message, as long as it takes. */
    public <T> T receive(MessageDecoder<T> decoder) throws IOException {
        return receive(decoder, null);
    }

    /**
     * Waits for the next complete message.
     *
     * @param timeout null for no limit
     * @throws SocketTimeoutException if no complete message arrived in time (the partial bytes stay buffered)
     * @throws ProtocolException if the buffered bytes cannot be the expected message
     * @throws EOFException if the peer closed the connection before a complete message
     * @throws InterruptedIOException if the calling thread was interrupted (its flag is restored)
     */
    public synchronized <T> T receive(MessageDecoder<T> decoder, Duration timeout) throws IOException {
        long deadline = timeout == null ? 0 : System.nanoTime() + timeout.toNanos();
        while (true) {
            if (length > 0 && length != triedLength) {
                CborReader in = new CborReader(buffer, 0, length);
                try {
                    T message = decoder.decode(in);
                    consume(in.position());
                    return message;
                } catch (CborIncompleteException e) {
                    triedLength = length;
                } catch (CborException e) {
                    ProtocolException error = new ProtocolException("mini-protocol " + protocol + ": " + e.getMessage());
                    mux.close();
                    throw error;
                }
            }
            if (failure != null) {
                throw failure instanceof EOFException ? new EOFException(failure.getMessage())
                        : new IOException(failure.getMessage(), failure);
            }
            awaitBytes(deadline, timeout);
        }
    }

    private void awaitBytes(long deadline, Duration timeout) throws IOException {
        try {
            if (timeout == null) {
                wait();
                return;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new SocketTimeoutException("no complete message on mini-protocol " + protocol + " within "
                        + timeout);
            }
            wait(Math.max(1, remaining / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting on mini-protocol " + protocol);
        }
    }

    /** Bytes received and not yet consumed by a decoded message. */
    public synchronized int buffered() {
        return length;
    }

    synchronized void deliver(byte[] payload) throws ProtocolException {
        if ((long) length + payload.length > settings.ingressLimit()) {
            throw new ProtocolException("mini-protocol " + protocol + " exceeds its ingress limit of "
                    + settings.ingressLimit() + " bytes");
        }
        if (length + payload.length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + payload.length));
        }
        System.arraycopy(payload, 0, buffer, length, payload.length);
        length += payload.length;
        notifyAll();
    }

    synchronized void fail(IOException cause) {
        if (failure == null) {
            failure = cause;
        }
        notifyAll();
    }

    private void consume(int count) {
        System.arraycopy(buffer, count, buffer, 0, length - count);
        length -= count;
        triedLength = -1;
    }
}
