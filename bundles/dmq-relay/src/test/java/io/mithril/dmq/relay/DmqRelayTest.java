package io.mithril.dmq.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.ouroboros.dmq.BlockingReplyForm;
import io.mithril.ouroboros.dmq.DmqMessage;
import io.mithril.ouroboros.dmq.DmqProtocol;
import io.mithril.ouroboros.dmq.RejectReason;
import io.mithril.ouroboros.dmq.SubmitResult;
import io.mithril.signature.dmq.DmqConsumerSettings;
import io.mithril.signature.dmq.DmqMessageBuilder;
import io.mithril.signature.dmq.DmqPublishException;
import io.mithril.signature.dmq.DmqSignatureSource;
import io.mithril.signature.dmq.DmqSignaturePublisher;
import io.mithril.signature.dmq.DmqSignedEntityType;
import io.mithril.signature.dmq.DropReason;
import io.mithril.signature.dmq.MithrilDmqBody;
import io.mithril.spi.signature.SingleSignatureEnvelope;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Relay, publishers and DMQ signature sources over real Unix sockets. */
class DmqRelayTest {
    private static final long MAGIC = DmqProtocol.DEVNET_MAGIC;
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private final Clock clock = Clock.systemUTC();
    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    private Path socket() {
        return dir.resolve("dmq.socket");
    }

    private DmqRelay relay(DmqRelaySettings settings) throws Exception {
        return track(DmqRelay.start(settings));
    }

    private DmqSignatureSource consumer(RecordingSink sink, Clock consumerClock) {
        DmqSignatureSource source = new DmqSignatureSource(DmqConsumerSettings.of(socket(), MAGIC)
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(400)), consumerClock);
        source.open(sink);
        resources.add(source::close);
        return source;
    }

    private DmqSignaturePublisher publisher(DmqMessageBuilder builder) {
        return new DmqSignaturePublisher(socket(), MAGIC, builder, Duration.ofSeconds(10));
    }

    private <T extends AutoCloseable> T track(T resource) {
        resources.add(resource);
        return resource;
    }

    @ParameterizedTest
    @EnumSource(BlockingReplyForm.class)
    void twoConsumersEachGetEveryPublishedSignatureOnce(BlockingReplyForm form) throws Exception {
        DmqRelay relay = relay(DmqRelaySettings.of(socket(), MAGIC).withReplyForm(form));
        RecordingSink first = new RecordingSink();
        RecordingSink second = new RecordingSink();
        DmqSignatureSource a = consumer(first, clock);
        DmqSignatureSource b = consumer(second, clock);
        awaitTrue(() -> a.connections() == 1 && b.connections() == 1);

        DmqSignaturePublisher pool1 = publisher(Pools.builder(1, 0, clock));
        DmqMessage msd = pool1.publish(DmqSignedEntityType.mithrilStakeDistribution(15), bytes("a1"), 0);
        pool1.publish(DmqSignedEntityType.cardanoStakeDistribution(14), bytes("b2"), 0);
        pool1.publish(DmqSignedEntityType.cardanoTransactions(15, 1000), bytes("c3"), 1);
        publisher(Pools.builder(2, 0, clock)).publish(DmqSignedEntityType.mithrilStakeDistribution(15), bytes("d4"),
                5);

        Set<String> expected = Set.of(
                Pools.poolId(1) + " {\"MithrilStakeDistribution\":15} a1",
                Pools.poolId(1) + " {\"CardanoStakeDistribution\":14} b2",
                Pools.poolId(1) + " {\"CardanoTransactions\":[15,1000]} c3",
                Pools.poolId(2) + " {\"MithrilStakeDistribution\":15} d4");
        assertEquals(expected, describe(first.awaitAtLeast(4)));
        assertEquals(expected, describe(second.awaitAtLeast(4)));

        // the exact same message again: the relay's mempool refuses it, nobody sees it twice
        SubmitResult again = pool1.submit(msd);
        assertEquals(new RejectReason.AlreadyReceived(), again.rejection().orElseThrow());
        pool1.publish(DmqSignedEntityType.mithrilStakeDistribution(16), bytes("e5"), 2);
        assertEquals(5, first.awaitAtLeast(5).size());
        assertEquals(5, second.awaitAtLeast(5).size());
        for (DmqSignatureSource source : List.of(a, b)) {
            awaitTrue(() -> source.valid() == 5); // counted just after the sink returns
            assertEquals(5, source.received());
            assertEquals(0, source.duplicates());
        }
        assertEquals(5, relay.mempool().size());
    }

    @Test
    void aFullRelayRejectsWhatADmqNodeWouldAndConsumersNeverSeeIt() throws Exception {
        DmqRelay relay = relay(DmqRelaySettings.of(socket(), MAGIC).withEligiblePools(p -> !p.equals(Pools.poolId(9))));
        RecordingSink sink = new RecordingSink();
        DmqSignatureSource source = consumer(sink, clock);
        DmqSignaturePublisher pool1 = publisher(Pools.builder(1, 3, clock));

        DmqMessage genuine = Pools.builder(1, 3, clock).build(body(15, "01"), 0);
        byte[] forgedSignature = genuine.kesSignature();
        forgedSignature[5] ^= 1;
        DmqMessage forged = DmqMessage.create(genuine.messageId(), genuine.payload(), forgedSignature,
                genuine.operationalCertificate(), genuine.coldVerificationKey());
        assertInvalid(pool1.submit(forged), "INVALID_KES_SIGNATURE");

        DmqMessageBuilder past = Pools.builder(1, 3, Clock.offset(clock, Duration.ofSeconds(-3600)));
        assertEquals(new RejectReason.Expired(), pool1.submit(past.build(body(15, "02"), 0)).rejection().orElseThrow());
        assertInvalid(relay.submit(HexFormat.of().parseHex("8301020304")), "DecodeError");
        assertInvalid(pool1.submit(DmqMessage.decode(HexFormat.of().parseHex(
                "85430102038343040506070843090a0b84430c0d0e0f10411143121314"))), "InvalidSigId");

        assertTrue(pool1.submit(Pools.builder(1, 3, clock).build(body(15, "03"), 0)).isAccepted());
        assertInvalid(pool1.submit(Pools.builder(1, 2, clock).build(body(15, "04"), 0)), "IssueNumberTooLow");
        DmqPublishException ineligible = assertThrows(DmqPublishException.class,
                () -> publisher(Pools.builder(9, 0, clock)).publish(DmqSignedEntityType.mithrilStakeDistribution(15),
                        bytes("05"), 0));
        assertInstanceOf(RejectReason.Invalid.class, ineligible.reason());

        List<SingleSignatureEnvelope> delivered = sink.awaitAtLeast(1);
        assertEquals("03", delivered.get(0).signature());
        awaitTrue(() -> source.received() == 1);
        assertEquals(1, relay.mempool().size());
    }

    @Test
    void aStructuralRelayPassesForgeriesOnAndTheConsumerDropsAndCountsThem() throws Exception {
        relay(DmqRelaySettings.of(socket(), MAGIC).withValidation(RelayValidation.STRUCTURAL));
        RecordingSink sink = new RecordingSink();
        // the consumer's clock runs 60 s ahead of the relay's
        DmqSignatureSource source = consumer(sink, Clock.offset(clock, Duration.ofSeconds(60)));
        DmqSignaturePublisher anyone = publisher(Pools.builder(1, 0, clock));

        DmqMessage genuine = Pools.builder(1, 0, clock).build(body(20, "aa"), 0);
        byte[] badKes = genuine.kesSignature();
        badKes[100] ^= 1;
        submitAccepted(anyone, DmqMessage.create(genuine.messageId(), genuine.payload(), badKes,
                genuine.operationalCertificate(), genuine.coldVerificationKey()));
        // an opcert claiming pool 2's cold key but signed by pool 1's
        DmqMessage other = Pools.builder(1, 0, clock).build(body(20, "ab"), 0);
        submitAccepted(anyone, DmqMessage.create(other.messageId(), other.payload(), other.kesSignature(),
                other.operationalCertificate(), Pools.coldKey(2).verificationKey().toBytes()));
        DmqMessageBuilder builder = Pools.builder(3, 0, clock);
        submitAccepted(anyone, builder.build(HexFormat.of().parseHex("000209010000000101"), 0));
        submitAccepted(anyone, Pools.builder(4, 0, Clock.offset(clock, Duration.ofSeconds(-1770)))
                .build(body(20, "bb"), 0));
        submitAccepted(anyone, builder.build(body(20, "cc"), 1));

        List<SingleSignatureEnvelope> delivered = sink.awaitAtLeast(1);
        awaitTrue(() -> source.received() == 5 && source.valid() == 1);
        assertEquals(1, sink.received().size());
        assertEquals("cc", delivered.get(0).signature());
        assertEquals(Pools.poolId(3).bech32(), delivered.get(0).partyId());
        assertEquals(1, source.invalid(DropReason.INVALID_KES_SIGNATURE));
        assertEquals(1, source.invalid(DropReason.INVALID_OPCERT_SIGNATURE));
        assertEquals(1, source.invalid(DropReason.UNSUPPORTED_SIGNED_ENTITY_TYPE));
        assertEquals(1, source.invalid(DropReason.EXPIRED));
    }

    @Test
    void theConsumerReconnectsAfterTheRelayRestartsWithoutLossOrDuplicates() throws Exception {
        RelayMempool mempool = new RelayMempool(clock, RelayMempool.DEFAULT_CAPACITY);
        DmqRelaySettings settings = DmqRelaySettings.of(socket(), MAGIC);
        DmqRelay first = DmqRelay.start(settings, mempool, clock);
        RecordingSink sink = new RecordingSink();
        DmqSignatureSource source = consumer(sink, clock);
        DmqSignaturePublisher pool1 = publisher(Pools.builder(1, 0, clock));
        pool1.publish(DmqSignedEntityType.mithrilStakeDistribution(30), bytes("01"), 0);
        sink.awaitAtLeast(1);

        first.close();
        awaitTrue(() -> source.connectionFailures() >= 1);
        // meanwhile the node got a message from its peers
        assertTrue(mempool.add(Pools.builder(2, 0, clock).build(body(30, "02"), 0)).isAccepted());
        track(DmqRelay.start(settings, mempool, clock));

        sink.awaitAtLeast(2);
        pool1.publish(DmqSignedEntityType.mithrilStakeDistribution(31), bytes("03"), 0);
        List<SingleSignatureEnvelope> delivered = sink.awaitAtLeast(3);
        awaitTrue(() -> source.received() == 4 && source.valid() == 3);
        assertEquals(List.of("01", "02", "03"), delivered.stream().map(SingleSignatureEnvelope::signature).toList());
        assertEquals(2, source.connections());
        assertEquals(1, source.duplicates(), "the restarted relay replays its mempool from the start");
        assertEquals(3, sink.received().size());
    }

    @Test
    void aRelayRestartedFromItsMempoolFileServesWhatNoConsumerHadTakenYetAndTheConsumersDropTheRest()
            throws Exception {
        DmqRelaySettings settings = DmqRelaySettings.of(socket(), MAGIC)
                .withMempoolFile(DmqRelaySettings.mempoolFileBeside(socket()));
        DmqRelay first = DmqRelay.start(settings, clock);
        RecordingSink early = new RecordingSink();
        DmqSignatureSource connected = consumer(early, clock);
        DmqSignaturePublisher pool1 = publisher(Pools.builder(1, 0, clock));
        pool1.publish(DmqSignedEntityType.mithrilStakeDistribution(40), bytes("01"), 0);
        early.awaitAtLeast(1);
        connected.close();
        // published while no consumer is connected, then the relay stops: only its file holds the message
        pool1.publish(DmqSignedEntityType.mithrilStakeDistribution(41), bytes("02"), 0);
        first.close();

        DmqRelay restarted = track(DmqRelay.start(settings, clock));
        assertEquals(2, restarted.mempool().size());
        RecordingSink late = new RecordingSink();
        DmqSignatureSource newcomer = consumer(late, clock);
        assertEquals(List.of("01", "02"), late.awaitAtLeast(2).stream().map(SingleSignatureEnvelope::signature)
                .toList());
        awaitTrue(() -> newcomer.valid() == 2);
        assertEquals(0, newcomer.duplicates());
    }

    @Test
    void aConsumerThatOutlivesARelayRestartGetsWhatItMissedOnceAndCountsTheReplayedRestAsDuplicates()
            throws Exception {
        DmqRelaySettings settings = DmqRelaySettings.of(socket(), MAGIC)
                .withMempoolFile(DmqRelaySettings.mempoolFileBeside(socket()));
        DmqRelay first = DmqRelay.start(settings, clock);
        RecordingSink sink = new RecordingSink();
        DmqSignatureSource source = consumer(sink, clock);
        DmqSignaturePublisher pool1 = publisher(Pools.builder(1, 0, clock));
        pool1.publish(DmqSignedEntityType.mithrilStakeDistribution(50), bytes("01"), 0);
        pool1.publish(DmqSignedEntityType.mithrilStakeDistribution(51), bytes("02"), 0);
        sink.awaitAtLeast(2);
        first.close();
        awaitTrue(() -> source.connectionFailures() >= 1);
        // another process held the relay's mempool file meanwhile (e.g. the relay restarted and got a message
        // from a signer, then stopped again before this consumer reconnected)
        RelayMempool meanwhile = RelayMempool.persistent(settings.mempoolFile().orElseThrow(), clock,
                RelayMempool.DEFAULT_CAPACITY);
        assertTrue(meanwhile.add(Pools.builder(2, 0, clock).build(body(51, "03"), 0)).isAccepted());

        track(DmqRelay.start(settings, clock));
        List<SingleSignatureEnvelope> delivered = sink.awaitAtLeast(3);
        awaitTrue(() -> source.received() == 5 && source.valid() == 3); // counted just after the sink returns
        assertEquals(List.of("01", "02", "03"), delivered.stream().map(SingleSignatureEnvelope::signature).toList());
        assertEquals(2, source.duplicates(), "the replayed messages it already had");
        assertEquals(3, sink.received().size());
    }

    private static void submitAccepted(DmqSignaturePublisher publisher, DmqMessage message) throws Exception {
        SubmitResult result = publisher.submit(message);
        assertTrue(result.isAccepted(), "relay answer: " + result);
    }

    private static void assertInvalid(SubmitResult result, String detailPart) {
        RejectReason reason = result.rejection().orElseThrow(() -> new AssertionError("accepted"));
        RejectReason.Invalid invalid = assertInstanceOf(RejectReason.Invalid.class, reason);
        assertTrue(invalid.detail().contains(detailPart), invalid.detail());
    }

    private static MithrilDmqBody body(long epoch, String signatureHex) {
        return new MithrilDmqBody(DmqSignedEntityType.mithrilStakeDistribution(epoch), bytes(signatureHex));
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static Set<String> describe(List<SingleSignatureEnvelope> envelopes) {
        assertEquals(envelopes.size(), envelopes.stream().map(e -> e.partyId() + e.signature()).distinct().count(),
                "no envelope twice");
        return envelopes.stream().map(e -> e.partyId() + " " + e.signedEntityTypeJson() + " " + e.signature())
                .collect(Collectors.toSet());
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(10);
        }
    }
}
