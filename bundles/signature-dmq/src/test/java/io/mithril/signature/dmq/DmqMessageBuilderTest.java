package io.mithril.signature.dmq;

import static io.mithril.signature.dmq.TestSupport.DERIVED;
import static io.mithril.signature.dmq.TestSupport.DERIVED_EXPIRES_AT;
import static io.mithril.signature.dmq.TestSupport.clockAt;
import static io.mithril.signature.dmq.TestSupport.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mithril.crypto.cardano.OperationalCertificate;
import io.mithril.crypto.kes.KesSecretKey;
import io.mithril.ouroboros.dmq.DmqMessage;
import org.junit.jupiter.api.Test;

/** The publisher's message construction (dmq.md §4.4) against the derived fully valid message. */
class DmqMessageBuilderTest {
    @Test
    void reproducesTheDerivedMessageByteForByte() throws DmqValidationException {
        TestSupport.MutableClock clock = clockAt(DERIVED_EXPIRES_AT - DmqMessageBuilder.DEFAULT_TTL.getSeconds());
        DmqMessageBuilder builder = TestSupport.builder(clock);
        assertEquals(DERIVED.at("/opcert/cert_sig").asText(),
                hex(builder.operationalCertificate().signature().toBytes()));

        MithrilDmqBody body = MithrilDmqBody.decode(hex(DERIVED.at("/payload/msg_body_hex")));
        DmqMessage built = builder.build(body, DERIVED.at("/payload/kes_period").asLong());

        assertEquals(DERIVED.get("bytes_to_sign").asText(), hex(built.payload().bytesToSign()));
        assertEquals(DERIVED.get("msg_id").asText(), built.messageIdHex());
        assertEquals(DERIVED.get("kes_signature").asText(), hex(built.kesSignature()));
        assertEquals(DERIVED.get("dmq_msg_cbor").asText(), hex(built.encoded()));
        assertEquals(DERIVED.get("party_id").asText(),
                new DmqMessageValidator(clock, DmqValidationRules.defaults()).validate(built).partyId());
    }

    @Test
    void signsAtTheEvolutionCountedFromTheOpcertStart() throws DmqValidationException {
        KesSecretKey kes = TestSupport.kesKey();
        OperationalCertificate opcert = OperationalCertificate.issue(kes.verificationKey(), 3, 100,
                TestSupport.coldKey());
        TestSupport.MutableClock clock = clockAt(1_800_000_000L);
        DmqMessageBuilder builder = new DmqMessageBuilder(kes, opcert, clock, DmqMessageBuilder.DEFAULT_TTL);
        DmqMessage message = builder.build(new byte[] {1, 2, 3}, 105);
        assertEquals(105, message.payload().kesPeriod());
        assertEquals(1_800_001_800L, message.payload().expiresAt());
        assertEquals(5, kes.period());
        new DmqMessageValidator(clock, DmqValidationRules.defaults()).validate(message);

        assertThrows(IllegalArgumentException.class, () -> builder.build(new byte[] {1}, 104), "key moved on");
        assertThrows(IllegalArgumentException.class, () -> builder.build(new byte[] {1}, 99), "before start");
        assertThrows(IllegalArgumentException.class, () -> builder.build(new byte[] {1}, 164), "past 64 evolutions");
    }

    @Test
    void refusesAKesKeyOtherThanTheCertifiedOne() {
        OperationalCertificate opcert = OperationalCertificate.issue(KesSecretKey.fromSeed(new byte[32])
                .verificationKey(), 0, 0, TestSupport.coldKey());
        assertThrows(IllegalArgumentException.class, () -> new DmqMessageBuilder(TestSupport.kesKey(), opcert,
                clockAt(0), DmqMessageBuilder.DEFAULT_TTL));
    }
}
