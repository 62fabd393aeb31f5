package io.mithril.ouroboros;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.ouroboros.cbor.CborWriter;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The multiplexer over a real Unix-domain socket: one side is a {@link Mux}, the other raw segments. */
class MuxTest {
    private static final MuxSettings ZERO_CLOCK = MuxSettings.defaults().withMicrosClock(() -> 0);
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private ServerSocketChannel server;
    private SocketChannel raw;
    private Mux mux;

    @BeforeEach
    void connect() throws IOException {
        Path socket = dir.resolve("mux.sock");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX);
        client.connect(UnixDomainSocketAddress.of(socket));
        raw = server.accept();
        mux = new Mux(client, MuxMode.INITIATOR, ZERO_CLOCK.withMaxSegmentPayload(65535));
    }

    @AfterEach
    void close() throws IOException {
        mux.close();
        raw.close();
        server.close();
    }

    @Test
    void aMessageLargerThan65535BytesGoesOutInFullSegmentsOfOneProtocol() throws IOException {
        byte[] message = bstr(200_000);
        sendInBackground(mux.channel(15), message);
        assertEquals(List.of(65535, 65535, 65535, message.length - 3 * 65535), readSegments(15, message));
    }

    @Test
    void haskellSizedSegmentsToo() throws IOException {
        Mux haskell = new Mux(reconnect(), MuxMode.INITIATOR, ZERO_CLOCK.withMaxSegmentPayload(12288));
        byte[] message = bstr(70_000);
        sendInBackground(haskell.channel(14), message);
        List<Integer> lengths = readSegments(14, message);
        assertEquals(6, lengths.size());
        assertTrue(lengths.subList(0, 5).stream().allMatch(l -> l == 12288));
        haskell.close();
        assertThrows(IllegalArgumentException.class, () -> ZERO_CLOCK.withMaxSegmentPayload(65536));
    }

    /** The socket buffer is smaller than the message: someone must read while it is written. */
    private static void sendInBackground(MuxChannel channel, byte[] message) {
        Thread sender = new Thread(() -> {
            try {
                channel.send(message);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        sender.setDaemon(true);
        sender.start();
    }

    /** Reads raw segments until the whole message arrived; checks headers and content, returns the lengths. */
    private List<Integer> readSegments(int protocol, byte[] message) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        List<Integer> lengths = new ArrayList<>();
        while (received.size() < message.length) {
            SegmentHeader header = SegmentHeader.readFrom(ByteBuffer.wrap(readRaw(SegmentHeader.SIZE)));
            assertEquals(MuxMode.INITIATOR, header.mode());
            assertEquals(protocol, header.protocol());
            assertEquals(0, header.timestamp());
            lengths.add(header.payloadLength());
            received.writeBytes(readRaw(header.payloadLength()));
        }
        assertArrayEquals(message, received.toByteArray());
        return lengths;
    }

    @Test
    void reassemblesMessagesAcrossSegmentsInterleavedProtocolsAndSharedSegments() throws IOException {
        MuxChannel big = mux.channel(15);
        MuxChannel other = mux.channel(14);
        mux.start("test");
        byte[] first = bstr(150_000);
        byte[] second = bstr(70);
        byte[] third = bstr(100_000);
        byte[] stream = concat(first, second, third);
        Random random = new Random(7);
        int offset = 0;
        int otherSent = 0;
        while (offset < stream.length) {
            // irregular cuts: some segments end one message and start the next
            int length = Math.min(stream.length - offset, 1 + random.nextInt(65535));
            writeRaw(15, slice(stream, offset, length));
            offset += length;
            if (otherSent < 3) {
                writeRaw(14, new byte[] {(byte) (0x01 + otherSent++)});
            }
        }
        assertArrayEquals(first, big.receive(MuxTest::readBstr, WAIT));
        assertArrayEquals(second, big.receive(MuxTest::readBstr, WAIT));
        assertArrayEquals(third, big.receive(MuxTest::readBstr, WAIT));
        for (int i = 1; i <= 3; i++) {
            long value = other.receive(in -> in.readUnsigned(), WAIT);
            assertEquals(i, value);
        }
        assertEquals(0, big.buffered());
    }

    @Test
    void aReceiveTimeoutKeepsThePartialMessage() throws IOException {
        MuxChannel channel = mux.channel(15);
        mux.start("test");
        byte[] message = bstr(1000);
        writeRaw(15, slice(message, 0, 600));
        assertThrows(SocketTimeoutException.class, () -> channel.receive(MuxTest::readBstr, Duration.ofMillis(200)));
        writeRaw(15, slice(message, 600, 400));
        assertArrayEquals(message, channel.receive(MuxTest::readBstr, WAIT));
    }

    @Test
    void aSegmentWithTheInitiatorModeBitFromTheResponderClosesTheConnection() throws Exception {
        MuxChannel channel = mux.channel(15);
        mux.start("test");
        raw.write(ByteBuffer.wrap(concat(new SegmentHeader(0, MuxMode.INITIATOR, 15, 1).toBytes(), new byte[] {1})));
        assertTrue(mux.awaitClosed(10, TimeUnit.SECONDS));
        assertInstanceOf(ProtocolException.class, mux.closeCause());
        assertThrows(IOException.class, () -> channel.receive(in -> in.readUnsigned(), WAIT));
    }

    @Test
    void aSegmentForAProtocolNobodyRunsClosesTheConnection() throws Exception {
        mux.channel(15);
        mux.start("test");
        writeRaw(9, new byte[] {1});
        assertTrue(mux.awaitClosed(10, TimeUnit.SECONDS));
        assertInstanceOf(ProtocolException.class, mux.closeCause());
    }

    @Test
    void malformedBytesAreAProtocolErrorAndThePeerClosingIsEndOfFile() throws Exception {
        MuxChannel channel = mux.channel(15);
        mux.start("test");
        writeRaw(15, new byte[] {0x41, 0x01}); // a bstr where an unsigned is expected
        assertThrows(ProtocolException.class, () -> channel.receive(in -> in.readUnsigned(), WAIT));
        assertFalse(mux.isOpen());

        Mux second = new Mux(reconnect(), MuxMode.INITIATOR, ZERO_CLOCK);
        MuxChannel c = second.channel(15);
        second.start("second");
        raw.close();
        assertThrows(EOFException.class, () -> c.receive(in -> in.readUnsigned(), WAIT));
        second.close();
    }

    private SocketChannel reconnect() throws IOException {
        raw.close();
        SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX);
        client.connect(server.getLocalAddress());
        raw = server.accept();
        return client;
    }

    private void writeRaw(int protocol, byte[] payload) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(concat(new SegmentHeader(0, MuxMode.RESPONDER, protocol, payload.length)
                .toBytes(), payload));
        while (buffer.hasRemaining()) {
            raw.write(buffer);
        }
    }

    private byte[] readRaw(int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (raw.read(buffer) < 0) {
                throw new EOFException();
            }
        }
        return buffer.array();
    }

    private static byte[] readBstr(io.mithril.ouroboros.cbor.CborReader in) {
        return concat(new CborWriter().bytes(in.readBytes()).toByteArray());
    }

    /** A CBOR byte string whose whole encoding is {@code size} bytes (header included). */
    private static byte[] bstr(int size) {
        int header = size - 1 < 24 ? 1 : size - 2 < 256 ? 2 : size - 3 < 65536 ? 3 : 5;
        byte[] content = new byte[size - header];
        new Random(size).nextBytes(content);
        byte[] encoded = new CborWriter().bytes(content).toByteArray();
        assertEquals(size, encoded.length);
        return encoded;
    }

    private static byte[] slice(byte[] data, int offset, int length) {
        return java.util.Arrays.copyOfRange(data, offset, offset + length);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
