package io.mithril.ouroboros.dmq;

import static io.mithril.ouroboros.Vectors.dmq;
import static io.mithril.ouroboros.Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.ouroboros.cbor.CborException;
import org.junit.jupiter.api.Test;

/** The DmqMsg layout against the pallas-network v1.1.1 and Mithril vectors (dmq.md §3.1). */
class DmqVectorsTest {
    @Test
    void pallasSimpleVectorDecodesFieldByFieldAndReEncodesByteIdentically() {
        JsonNode vector = dmq("pallas_dmq_msg_simple.json");
        JsonNode f = vector.get("fields");
        byte[] cbor = hex(vector.get("dmq_msg_cbor"));

        DmqMessage message = DmqMessage.decode(cbor);
        assertFields(f.get("msg_id").asText(), f.get("msg_body").asText(), f.get("kes_period").asLong(),
                f.get("expires_at").asLong(), f.get("kes_signature").asText(), f.get("opcert"),
                f.get("cold_verification_key").asText(), message);
        assertArrayEquals(cbor, message.encoded());
        assertArrayEquals(cbor, rebuild(message).encoded());
    }

    @Test
    void pallasRealVectorDecodesAndReEncodesByteIdentically() {
        JsonNode vector = dmq("pallas_dmq_msg_real.json");
        JsonNode f = vector.get("fields");
        byte[] cbor = hex(vector.get("dmq_msg_cbor"));
        assertEquals(614, cbor.length);

        DmqMessage message = DmqMessage.decode(cbor);
        JsonNode p = f.get("payload");
        assertFields(f.get("msg_id").asText(), p.get("msg_body_hex").asText(), p.get("kes_period").asLong(),
                p.get("expires_at").asLong(), f.get("kes_signature").asText(), f.get("opcert"),
                f.get("cold_verification_key").asText(), message);
        assertEquals(448, message.kesSignature().length);
        assertArrayEquals(cbor, rebuild(message).encoded());
    }

    @Test
    void payloadBytesToSignMatchTheGoldens() {
        JsonNode golden = dmq("golden_payload_and_msg_id.json");
        JsonNode pallas = golden.get("bytes_to_sign");
        assertEquals(pallas.get("cbor").asText(), hex(payload(pallas.get("payload")).bytesToSign()));
        JsonNode mithril = golden.get("msg_id");
        assertEquals(mithril.get("bytes_to_sign").asText(), hex(payload(mithril.get("payload")).bytesToSign()));
    }

    @Test
    void derivedValidMessageKeepsItsPayloadBytesAndEnvelopes() {
        JsonNode v = dmq("derived_valid_mithril_dmq_message.json");
        byte[] cbor = hex(v.get("dmq_msg_cbor"));
        DmqMessage message = DmqMessage.decode(cbor);
        assertEquals(v.get("msg_id").asText(), message.messageIdHex());
        assertEquals(v.get("bytes_to_sign").asText(), hex(message.payload().bytesToSign()));
        assertEquals(v.at("/payload/msg_body_hex").asText(), hex(message.payload().body()));
        assertEquals(v.get("kes_signature").asText(), hex(message.kesSignature()));
        assertArrayEquals(cbor, rebuild(message).encoded());

        assertEquals(v.get("lms_submit_cbor").asText(), hex(LocalMsgSubmissionCodec.encode(
                LocalMsgSubmissionMessage.Submit.of(message))));
        assertEquals(v.get("lmn_reply_blocking_cbor_dmq_node_form").asText(), hex(LocalMsgNotificationCodec.encode(
                new LocalMsgNotificationMessage.ReplyBlocking(java.util.List.of(cbor)))));
        assertEquals(v.get("lmn_reply_non_blocking_cbor_hasmore_false").asText(), hex(LocalMsgNotificationCodec
                .encode(new LocalMsgNotificationMessage.ReplyNonBlocking(java.util.List.of(cbor), false))));
    }

    @Test
    void structureErrorsAreCborErrors() {
        byte[] simple = hex(dmq("pallas_dmq_msg_simple.json").get("dmq_msg_cbor"));
        byte[] fourElements = simple.clone();
        fourElements[0] = (byte) 0x84;
        assertThrows(CborException.class, () -> DmqMessage.decode(fourElements));
        byte[] trailing = java.util.Arrays.copyOf(simple, simple.length + 1);
        assertThrows(CborException.class, () -> DmqMessage.decode(trailing));
        assertThrows(CborException.class, () -> DmqMessage.decode(hex("8301020304")));
    }

    private static DmqMessagePayload payload(JsonNode p) {
        return DmqMessagePayload.create(hex(p.get("msg_body_hex")), p.get("kes_period").asLong(),
                p.get("expires_at").asLong());
    }

    private static DmqMessage rebuild(DmqMessage m) {
        DmqMessagePayload p = DmqMessagePayload.create(m.payload().body(), m.payload().kesPeriod(),
                m.payload().expiresAt());
        return DmqMessage.create(m.messageId(), p, m.kesSignature(), m.operationalCertificate(),
                m.coldVerificationKey());
    }

    private static void assertFields(String id, String body, long kesPeriod, long expiresAt, String kesSig,
            JsonNode opcert, String coldVk, DmqMessage m) {
        assertEquals(id, m.messageIdHex());
        assertEquals(body, hex(m.payload().body()));
        assertEquals(kesPeriod, m.payload().kesPeriod());
        assertEquals(expiresAt, m.payload().expiresAt());
        assertEquals(kesSig, hex(m.kesSignature()));
        DmqOperationalCertificate c = m.operationalCertificate();
        assertEquals(opcert.get("kes_vk").asText(), hex(c.kesVerificationKey()));
        assertEquals(opcert.get("issue_number").asLong(), c.issueNumber());
        assertEquals(opcert.get("start_kes_period").asLong(), c.startKesPeriod());
        assertEquals(opcert.get("cert_sig").asText(), hex(c.coldKeySignature()));
        assertEquals(coldVk, hex(m.coldVerificationKey()));
    }
}
