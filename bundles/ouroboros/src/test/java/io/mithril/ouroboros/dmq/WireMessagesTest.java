package io.mithril.ouroboros.dmq;

import static io.mithril.ouroboros.Vectors.dmq;
import static io.mithril.ouroboros.Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.ouroboros.HandshakeCodec;
import io.mithril.ouroboros.HandshakeMessage;
import io.mithril.ouroboros.HandshakeMessage.RefuseReason;
import io.mithril.ouroboros.MuxMode;
import io.mithril.ouroboros.NodeToClientVersionData;
import io.mithril.ouroboros.SegmentHeader;
import io.mithril.ouroboros.cbor.CborException;
import io.mithril.ouroboros.cbor.CborIncompleteException;
import io.mithril.ouroboros.cbor.CborReader;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every example of wire_messages.json, both ways (dmq.md §1–§2). */
class WireMessagesTest {
    private static final JsonNode WIRE = dmq("wire_messages.json");
    private static final byte[] SIMPLE_MSG = hex(dmq("pallas_dmq_msg_simple.json").get("dmq_msg_cbor"));

    @Test
    void miniProtocolNumbers() {
        assertEquals(WIRE.at("/mini_protocol_numbers/handshake").asInt(), HandshakeMessage.PROTOCOL);
        assertEquals(WIRE.at("/mini_protocol_numbers/local_msg_submission").asInt(), DmqProtocol.LOCAL_MSG_SUBMISSION);
        assertEquals(WIRE.at("/mini_protocol_numbers/local_msg_notification").asInt(),
                DmqProtocol.LOCAL_MSG_NOTIFICATION);
        assertEquals(WIRE.at("/handshake/dmq_n2c_version_v1").asLong(), DmqProtocol.NODE_TO_CLIENT_V1);
    }

    @Test
    void segmentHeadersOfTheHandshakeExamples() {
        byte[] client = hex(WIRE.at("/mux_segment_header/example_client_handshake_segment_hex").asText());
        SegmentHeader header = SegmentHeader.readFrom(ByteBuffer.wrap(client));
        assertEquals(new SegmentHeader(0, MuxMode.INITIATOR, 0, client.length - 8), header);
        assertEquals(hex(client).substring(16), WIRE.at("/handshake/propose_devnet_magic_2147483690").asText());
        assertArrayEquals(java.util.Arrays.copyOf(client, 8), header.toBytes());

        byte[] server = hex(WIRE.at("/mux_segment_header/example_server_accept_segment_hex").asText());
        SegmentHeader accept = SegmentHeader.readFrom(ByteBuffer.wrap(server));
        assertEquals(new SegmentHeader(0, MuxMode.RESPONDER, 0, server.length - 8), accept);
        assertArrayEquals(java.util.Arrays.copyOf(server, 8), accept.toBytes());
        assertEquals("00000000800e000e", hex(new SegmentHeader(0, MuxMode.RESPONDER, 14, 14).toBytes()),
                "node segments carry 0x800E for LocalMsgSubmission");
        assertEquals("12345678000fffff", hex(new SegmentHeader(0x12345678, MuxMode.INITIATOR, 15, 65535).toBytes()));
    }

    @Test
    void handshakeProposalsAcceptAndRefusals() {
        JsonNode h = WIRE.get("handshake");
        assertEquals(h.get("propose_devnet_magic_2147483690").asText(), hex(HandshakeCodec.encode(
                new HandshakeMessage.ProposeVersions(DmqProtocol.versions(DmqProtocol.DEVNET_MAGIC)))));
        assertEquals(h.get("propose_mainnet_dmq_magic_2912307721").asText(), hex(HandshakeCodec.encode(
                new HandshakeMessage.ProposeVersions(DmqProtocol.versions(DmqProtocol.MAINNET_MAGIC)))));
        HandshakeMessage.AcceptVersion accept = new HandshakeMessage.AcceptVersion(DmqProtocol.NODE_TO_CLIENT_V1,
                new NodeToClientVersionData(DmqProtocol.DEVNET_MAGIC, false));
        assertEquals(h.get("accept_devnet").asText(), hex(HandshakeCodec.encode(accept)));
        HandshakeMessage.Refuse mismatch = new HandshakeMessage.Refuse(
                new RefuseReason.VersionMismatch(List.of(DmqProtocol.NODE_TO_CLIENT_V1)));
        assertEquals(h.get("refuse_version_mismatch").asText(), hex(HandshakeCodec.encode(mismatch)));
        HandshakeMessage.Refuse refused = new HandshakeMessage.Refuse(
                new RefuseReason.Refused(DmqProtocol.NODE_TO_CLIENT_V1, "version data mismatch"));
        assertEquals(h.get("refuse_refused_version_data_mismatch").asText(), hex(HandshakeCodec.encode(refused)));

        for (String name : List.of("propose_devnet_magic_2147483690", "propose_mainnet_dmq_magic_2912307721",
                "accept_devnet", "refuse_version_mismatch", "refuse_refused_version_data_mismatch")) {
            byte[] bytes = hex(h.get(name));
            HandshakeMessage decoded = decodeWhole(bytes, HandshakeCodec::decode);
            assertEquals(hex(bytes), hex(HandshakeCodec.encode(decoded)), name);
        }
        HandshakeMessage.AcceptVersion decoded = (HandshakeMessage.AcceptVersion) decodeWhole(
                hex(h.get("accept_devnet")), HandshakeCodec::decode);
        assertEquals(2147483690L, decoded.data().networkMagic(), "magics above 2^31 stay unsigned");
    }

    @Test
    void proposalWithForeignVersionDataKeepsTheVersionAsUndecodable() {
        // {4097: [magic, false], 32784: [magic, 0, 0, false]} (a node-to-node-shaped entry)
        byte[] bytes = hex("8200a2191001821a8000002af4198010841a8000002a0000f4");
        HandshakeMessage.ProposeVersions p = (HandshakeMessage.ProposeVersions) decodeWhole(bytes,
                HandshakeCodec::decode);
        assertEquals(List.of(4097L), List.copyOf(p.versions().keySet()));
        assertEquals(java.util.Set.of(32784L), p.undecodable());
    }

    @Test
    void localMsgSubmissionMessages() {
        JsonNode s = WIRE.get("local_msg_submission");
        assertEquals(s.get("accept").asText(), hex(LocalMsgSubmissionCodec.encode(new LocalMsgSubmissionMessage.Accept())));
        assertEquals(s.get("done").asText(), hex(LocalMsgSubmissionCodec.encode(new LocalMsgSubmissionMessage.Done())));
        assertEquals(s.get("reject_already_received").asText(), hex(LocalMsgSubmissionCodec.encode(
                new LocalMsgSubmissionMessage.Reject(new RejectReason.AlreadyReceived()))));
        assertEquals(s.get("reject_expired").asText(), hex(LocalMsgSubmissionCodec.encode(
                new LocalMsgSubmissionMessage.Reject(new RejectReason.Expired()))));
        assertEquals(s.get("reject_other_fake_error").asText(), hex(LocalMsgSubmissionCodec.encode(
                new LocalMsgSubmissionMessage.Reject(new RejectReason.Other("fake error")))));
        assertEquals("82028200" + "6a66616b65206572726f72", hex(LocalMsgSubmissionCodec.encode(
                new LocalMsgSubmissionMessage.Reject(new RejectReason.Invalid("fake error")))));
        assertEquals("8200" + hex(SIMPLE_MSG), hex(LocalMsgSubmissionCodec.encode(
                new LocalMsgSubmissionMessage.Submit(SIMPLE_MSG))), "DmqMsg inline, no bstr/tag-24 wrapping");

        assertEquals(new LocalMsgSubmissionMessage.Reject(new RejectReason.Other("fake error")),
                decodeWhole(hex(s.get("reject_other_fake_error")), LocalMsgSubmissionCodec::decode));
        assertEquals(new LocalMsgSubmissionMessage.Reject(new RejectReason.Expired()),
                decodeWhole(hex(s.get("reject_expired")), LocalMsgSubmissionCodec::decode));
        assertEquals(new LocalMsgSubmissionMessage.Submit(SIMPLE_MSG),
                decodeWhole(hex("8200" + hex(SIMPLE_MSG)), LocalMsgSubmissionCodec::decode));
        // reject reasons are checked on (tag, length): [1, "x"] is not "already received"
        assertThrows(CborException.class, () -> decodeWhole(hex("820282016178"), LocalMsgSubmissionCodec::decode));
    }

    @Test
    void localMsgNotificationMessagesAndThePallasBlockingHeader() {
        JsonNode n = WIRE.get("local_msg_notification");
        assertEquals(n.get("request_blocking").asText(), hex(LocalMsgNotificationCodec.encode(
                new LocalMsgNotificationMessage.Request(true))));
        assertEquals(n.get("request_non_blocking").asText(), hex(LocalMsgNotificationCodec.encode(
                new LocalMsgNotificationMessage.Request(false))));
        assertEquals(n.get("client_done").asText(), hex(LocalMsgNotificationCodec.encode(
                new LocalMsgNotificationMessage.ClientDone())));
        assertEquals(n.get("reply_non_blocking_empty_hasmore_false").asText(), hex(LocalMsgNotificationCodec.encode(
                new LocalMsgNotificationMessage.ReplyNonBlocking(List.of(), false))));
        LocalMsgNotificationMessage.ReplyBlocking one = new LocalMsgNotificationMessage.ReplyBlocking(
                List.of(SIMPLE_MSG));
        assertEquals(n.get("reply_blocking_one_simple_msg_dmq_node_form").asText(),
                hex(LocalMsgNotificationCodec.encode(one, BlockingReplyForm.DMQ_NODE)));
        assertEquals(n.get("reply_blocking_pallas_1_1_1_form").asText(),
                hex(LocalMsgNotificationCodec.encode(one, BlockingReplyForm.PALLAS_1_1_1)));

        for (String form : List.of("reply_blocking_one_simple_msg_dmq_node_form", "reply_blocking_pallas_1_1_1_form")) {
            LocalMsgNotificationMessage decoded = decodeWhole(hex(n.get(form)), LocalMsgNotificationCodec::decode);
            LocalMsgNotificationMessage.ReplyBlocking reply = assertInstanceOf(
                    LocalMsgNotificationMessage.ReplyBlocking.class, decoded, form);
            assertEquals(1, reply.messages().size());
            assertArrayEquals(SIMPLE_MSG, reply.messages().get(0), form);
        }
        LocalMsgNotificationMessage.ReplyNonBlocking empty = (LocalMsgNotificationMessage.ReplyNonBlocking) decodeWhole(
                hex(n.get("reply_non_blocking_empty_hasmore_false")), LocalMsgNotificationCodec::decode);
        assertEquals(0, empty.messages().size());
        assertFalse(empty.hasMore());
    }

    @Test
    void aTruncatedReplyIsIncompleteSoTheMuxWaitsForMore() {
        byte[] reply = hex(WIRE.at("/local_msg_notification/reply_blocking_one_simple_msg_dmq_node_form").asText());
        for (int cut = 1; cut < reply.length; cut++) {
            byte[] partial = java.util.Arrays.copyOf(reply, cut);
            assertThrows(CborIncompleteException.class,
                    () -> LocalMsgNotificationCodec.decode(new CborReader(partial)), "cut at " + cut);
        }
    }

    private static <T> T decodeWhole(byte[] bytes, io.mithril.ouroboros.MessageDecoder<T> decoder) {
        CborReader in = new CborReader(bytes);
        T message = decoder.decode(in);
        assertFalse(in.hasMore(), "the whole input is one message");
        return message;
    }
}
