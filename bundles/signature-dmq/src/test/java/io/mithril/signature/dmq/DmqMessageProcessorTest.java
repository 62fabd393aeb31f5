package io.mithril.signature.dmq;

import static io.mithril.signature.dmq.TestSupport.DERIVED;
import static io.mithril.signature.dmq.TestSupport.DERIVED_EXPIRES_AT;
import static io.mithril.signature.dmq.TestSupport.clockAt;
import static io.mithril.signature.dmq.TestSupport.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mithril.ouroboros.dmq.DmqMessage;
import io.mithril.spi.signature.SingleSignatureEnvelope;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What reaches the signature processor, and what is dropped and counted instead. */
class DmqMessageProcessorTest {
    private static final byte[] VALID = hex(DERIVED.get("dmq_msg_cbor"));

    private final TestSupport.MutableClock clock = clockAt(DERIVED_EXPIRES_AT - 1000);
    private final DmqConsumerCounters counters = new DmqConsumerCounters();
    private TestSupport.RecordingSink sink;
    private DmqMessageProcessor processor;

    @BeforeEach
    void setUp() {
        sink = new TestSupport.RecordingSink();
        processor = processor(sink);
    }

    private DmqMessageProcessor processor(TestSupport.RecordingSink target) {
        return new DmqMessageProcessor(new DmqMessageValidator(clock, DmqValidationRules.defaults()), counters,
                target, clock, DmqMessageProcessor.DEFAULT_DEDUPLICATION_TTL);
    }

    @Test
    void aValidMessageBecomesAnAuthenticatedEnvelopeWithOriginDmq() throws DmqValidationException {
        processor.process(VALID);

        SingleSignatureEnvelope envelope = sink.received().get(0);
        MithrilDmqBody body = MithrilDmqBody.decode(hex(DERIVED.at("/payload/msg_body_hex")));
        assertEquals(DERIVED.get("party_id").asText(), envelope.partyId());
        assertEquals("{\"CardanoDatabase\":{\"epoch\":10,\"immutable_file_number\":1728}}",
                envelope.signedEntityTypeJson());
        assertEquals(hex(body.singleSignature()), envelope.signature());
        assertNull(envelope.signedMessage());
        assertEquals("DMQ", envelope.origin());
        assertEquals(clock.instant(), envelope.receivedAt());
        assertEquals(1, counters.received());
        assertEquals(1, counters.valid());
    }

    @Test
    void replaysAreCountedAsDuplicatesAndNotHandedOverAgain() {
        processor.process(List.of(VALID, VALID));
        clock.advance(Duration.ofSeconds(500));
        processor.process(VALID);
        assertEquals(1, sink.received().size());
        assertEquals(3, counters.received());
        assertEquals(2, counters.duplicates());
    }

    @Test
    void badMessagesAreSkippedWithoutLosingTheRestOfTheBatch() {
        TestSupport.MutableClock signerClock = clockAt(clock.instant().getEpochSecond());
        DmqMessageBuilder builder = TestSupport.builder(signerClock);
        byte[] forged = DmqMessage.decode(VALID).encoded();
        forged[forged.length - 40] ^= 1; // inside the opcert signature
        byte[] unknownType = builder.build(concat(hex("00020701"), ByteBuffer.allocate(4).putInt(3).array(),
                hex("aabbcc")), 1).encoded();
        byte[] badBody = builder.build(hex("0005"), 1).encoded();
        byte[] second = builder.build(new MithrilDmqBody(DmqSignedEntityType.mithrilStakeDistribution(15),
                hex("0102030405")), 2).encoded();
        signerClock.advance(Duration.ofSeconds(-3000));
        byte[] expired = builder.build(new MithrilDmqBody(DmqSignedEntityType.mithrilStakeDistribution(15),
                hex("0102")), 2).encoded();

        // the forgery (same id as VALID) comes first: ids are only remembered once valid
        processor.process(List.of(hex("8301020304"), forged, VALID, hex("ff00"), unknownType, badBody, expired,
                second));

        List<SingleSignatureEnvelope> delivered = sink.received();
        assertEquals(2, delivered.size());
        assertEquals("{\"MithrilStakeDistribution\":15}", delivered.get(1).signedEntityTypeJson());
        assertEquals("0102030405", delivered.get(1).signature());
        assertEquals(8, counters.received());
        assertEquals(2, counters.valid());
        assertEquals(2, counters.invalid(DropReason.MALFORMED));
        assertEquals(1, counters.invalid(DropReason.INVALID_OPCERT_SIGNATURE));
        assertEquals(1, counters.invalid(DropReason.UNSUPPORTED_SIGNED_ENTITY_TYPE));
        assertEquals(1, counters.invalid(DropReason.INVALID_BODY));
        assertEquals(1, counters.invalid(DropReason.EXPIRED));
        assertEquals(6, counters.invalidByReason().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aForgeryCarryingAGenuineIdIsNeitherDeliveredNorAbleToShadowTheGenuineMessage() {
        byte[] forged = VALID.clone();
        forged[forged.length - 200] ^= 1; // inside the KES signature, same id
        processor.process(forged);
        processor.process(VALID);
        assertEquals(1, counters.invalid(DropReason.INVALID_KES_SIGNATURE));
        assertEquals(1, sink.received().size());
        assertEquals(0, counters.duplicates());
    }

    @Test
    void aMessageTheProcessorFailedOnIsTakenAgainWhenReplayed() {
        TestSupport.RecordingSink flaky = new TestSupport.RecordingSink().failFirst(1);
        DmqMessageProcessor withFlakySink = processor(flaky);
        withFlakySink.process(VALID);
        withFlakySink.process(VALID);
        assertEquals(1, counters.invalid(DropReason.SINK_FAILED));
        assertEquals(1, flaky.received().size());
        assertEquals(0, counters.duplicates());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
