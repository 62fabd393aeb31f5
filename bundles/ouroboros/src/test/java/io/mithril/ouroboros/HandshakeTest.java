package io.mithril.ouroboros;

import static io.mithril.ouroboros.Vectors.dmq;
import static io.mithril.ouroboros.Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.ouroboros.HandshakeMessage.RefuseReason;
import io.mithril.ouroboros.dmq.DmqProtocol;
import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DMQ node-to-client handshake between our server and our client over a real socket (dmq.md §1.3). */
class HandshakeTest {
    private static final MuxSettings ZERO_CLOCK = MuxSettings.defaults().withMicrosClock(() -> 0);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final JsonNode WIRE = dmq("wire_messages.json");

    @TempDir
    Path dir;
    private Path socket;
    private NodeToClientServer server;

    @BeforeEach
    void startDevnetServer() throws IOException {
        socket = dir.resolve("dmq.sock");
        server = NodeToClientServer.start(socket, DmqProtocol.versions(DmqProtocol.DEVNET_MAGIC), Map.of(), ZERO_CLOCK);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sameMagicIsAccepted() throws IOException {
        try (NodeToClientConnection connection = NodeToClientConnection.connect(socket,
                DmqProtocol.versions(DmqProtocol.DEVNET_MAGIC), MuxSettings.defaults(), TIMEOUT)) {
            assertEquals(4097, connection.version());
            assertEquals(new NodeToClientVersionData(2147483690L, false), connection.versionData());
        }
    }

    @Test
    void anotherMagicIsRefusedWithVersionDataMismatch() {
        HandshakeRefusedException refused = assertThrows(HandshakeRefusedException.class,
                () -> NodeToClientConnection.connect(socket, DmqProtocol.versions(DmqProtocol.MAINNET_MAGIC),
                        MuxSettings.defaults(), TIMEOUT));
        assertEquals(new RefuseReason.Refused(4097, "version data mismatch"), refused.reason());
    }

    @Test
    void cardanoNodeToClientVersionsAreRefusedWithTheSupportedList() {
        SortedMap<Long, NodeToClientVersionData> cardano = new TreeMap<>();
        cardano.put(32784L, new NodeToClientVersionData(42, false));
        HandshakeRefusedException refused = assertThrows(HandshakeRefusedException.class,
                () -> NodeToClientConnection.connect(socket, cardano, MuxSettings.defaults(), TIMEOUT));
        assertEquals(new RefuseReason.VersionMismatch(List.of(4097L)), refused.reason());
    }

    @Test
    void theBytesOnTheWireAreTheSpecificationExamples() throws IOException {
        try (SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            client.connect(UnixDomainSocketAddress.of(socket));
            client.write(ByteBuffer.wrap(hex(WIRE.at("/mux_segment_header/example_client_handshake_segment_hex")
                    .asText())));
            byte[] expected = hex(WIRE.at("/mux_segment_header/example_server_accept_segment_hex").asText());
            ByteBuffer answer = ByteBuffer.allocate(expected.length);
            while (answer.hasRemaining()) {
                if (client.read(answer) < 0) {
                    throw new EOFException();
                }
            }
            assertEquals(hex(expected), hex(answer.array()));
        }
    }

    @Test
    void queryProposalsGetTheSupportedVersions() {
        SortedMap<Long, NodeToClientVersionData> supported = DmqProtocol.versions(DmqProtocol.DEVNET_MAGIC);
        SortedMap<Long, NodeToClientVersionData> query = new TreeMap<>();
        query.put(4097L, new NodeToClientVersionData(DmqProtocol.DEVNET_MAGIC, true));
        assertEquals(new HandshakeMessage.QueryReply(supported),
                Handshake.answer(new HandshakeMessage.ProposeVersions(query), supported));
    }
}
