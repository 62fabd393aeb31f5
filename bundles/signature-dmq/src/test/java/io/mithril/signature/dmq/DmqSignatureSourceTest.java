package io.mithril.signature.dmq;

import static io.mithril.signature.dmq.TestSupport.DERIVED;
import static io.mithril.signature.dmq.TestSupport.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.ouroboros.MuxSettings;
import io.mithril.ouroboros.NodeToClientServer;
import io.mithril.ouroboros.dmq.BlockingReplyForm;
import io.mithril.ouroboros.dmq.DmqMessage;
import io.mithril.ouroboros.dmq.DmqNodeServer;
import io.mithril.ouroboros.dmq.DmqProtocol;
import io.mithril.ouroboros.dmq.NotificationCursor;
import io.mithril.ouroboros.dmq.SubmitResult;
import io.mithril.spi.signature.SingleSignatureEnvelope;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DMQ signature source against a DMQ node double over a real Unix socket. */
class DmqSignatureSourceTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private final TestSupport.MutableClock clock = TestSupport.clockAt(TestSupport.DERIVED_EXPIRES_AT - 1000);
    private final List<byte[]> mempool = new ArrayList<>();
    private NodeToClientServer node;
    private DmqSignatureSource source;

    @AfterEach
    void stop() {
        if (source != null) {
            source.close();
        }
        if (node != null) {
            node.close();
        }
    }

    private Path startNode(long magic, BlockingReplyForm form) throws IOException {
        Path socket = dir.resolve("dmq.socket");
        node = DmqNodeServer.start(socket, magic, raw -> SubmitResult.accepted(), MempoolCursor::new, form,
                MuxSettings.defaults());
        return socket;
    }

    private DmqSignatureSource source(Path socket, long magic, Clock sourceClock) {
        DmqConsumerSettings settings = DmqConsumerSettings.of(socket, magic)
                .withBackoff(Duration.ofMillis(100), Duration.ofMillis(400));
        source = new DmqSignatureSource(settings, sourceClock);
        return source;
    }

    @Test
    void validMessagesReachTheSinkAndForgeriesAreCountedInEitherReplyForm() throws Exception {
        for (BlockingReplyForm form : BlockingReplyForm.values()) {
            byte[] forged = hex(DERIVED.get("dmq_msg_cbor"));
            forged[forged.length - 200] ^= 1;
            publish(forged);
            publish(hex(DERIVED.get("dmq_msg_cbor")));
            Path socket = startNode(DmqProtocol.DEVNET_MAGIC, form);
            TestSupport.RecordingSink sink = new TestSupport.RecordingSink();
            source(socket, DmqProtocol.DEVNET_MAGIC, clock).open(sink);

            List<SingleSignatureEnvelope> received = sink.awaitAtLeast(1, WAIT);
            assertEquals(DERIVED.get("party_id").asText(), received.get(0).partyId());
            DmqMessageBuilder builder = TestSupport.builder(clock);
            publish(builder.build(new MithrilDmqBody(DmqSignedEntityType.cardanoTransactions(10, 2000),
                    hex("0a0b")), 3).encoded());
            received = sink.awaitAtLeast(2, WAIT);
            assertEquals("{\"CardanoTransactions\":[10,2000]}", received.get(1).signedEntityTypeJson());
            awaitTrue(() -> source.invalid(DropReason.INVALID_KES_SIGNATURE) == 1 && source.valid() == 2);
            assertEquals(3, source.received());
            assertEquals(1, source.connections());
            assertEquals("DMQ", source.origin());
            stop();
            synchronized (mempool) {
                mempool.clear();
            }
        }
    }

    @Test
    void aNodeOnAnotherNetworkIsRetriedWithBackoffNotInAHotLoop() throws Exception {
        Path socket = startNode(DmqProtocol.MAINNET_MAGIC, BlockingReplyForm.DMQ_NODE);
        source(socket, DmqProtocol.DEVNET_MAGIC, clock).open(new TestSupport.RecordingSink());
        awaitTrue(() -> source.connectionFailures() >= 3);
        long seen = source.connectionFailures();
        assertTrue(seen <= 5, "failures come one back-off apart, got " + seen);
        assertEquals(0, source.connections());
    }

    @Test
    void aNodeAnsweringBlockingRequestsWithNothingIsLeftAndRetriedWithBackoff() throws Exception {
        Path socket = dir.resolve("dmq.socket");
        NotificationCursor empty = new NotificationCursor() {
            @Override
            public List<byte[]> poll(int max) {
                return List.of();
            }

            @Override
            public boolean hasMore() {
                return false;
            }

            @Override
            public List<byte[]> await(int max) {
                return List.of();
            }
        };
        node = DmqNodeServer.start(socket, DmqProtocol.DEVNET_MAGIC, raw -> SubmitResult.accepted(), () -> empty,
                BlockingReplyForm.DMQ_NODE, MuxSettings.defaults());
        source(socket, DmqProtocol.DEVNET_MAGIC, clock).open(new TestSupport.RecordingSink());
        awaitTrue(() -> source.connectionFailures() >= 2);
        assertTrue(source.connections() <= 4, "reconnections come one back-off apart, got " + source.connections());
        assertEquals(0, source.received());
    }

    @Test
    void closingTheSourceDropsTheConnection() throws Exception {
        Path socket = startNode(DmqProtocol.DEVNET_MAGIC, BlockingReplyForm.DMQ_NODE);
        source(socket, DmqProtocol.DEVNET_MAGIC, clock).open(new TestSupport.RecordingSink());
        awaitTrue(() -> source.connections() == 1 && node.connectionCount() == 1);
        source.close();
        assertTrue(!source.isOpen());
        awaitTrue(() -> node.connectionCount() == 0);
    }

    private void publish(byte[] message) {
        DmqMessage.decode(message); // only well-formed messages in this node double
        synchronized (mempool) {
            mempool.add(message);
            mempool.notifyAll();
        }
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

    /** Each connection starts at the beginning of the mempool, like dmq-node. */
    private final class MempoolCursor implements NotificationCursor {
        private int next;

        @Override
        public List<byte[]> poll(int max) {
            synchronized (mempool) {
                int end = Math.min(mempool.size(), next + max);
                List<byte[]> batch = new ArrayList<>(mempool.subList(next, end));
                next = end;
                return batch;
            }
        }

        @Override
        public boolean hasMore() {
            synchronized (mempool) {
                return next < mempool.size();
            }
        }

        @Override
        public List<byte[]> await(int max) throws InterruptedException {
            synchronized (mempool) {
                while (next >= mempool.size()) {
                    mempool.wait();
                }
                return poll(max);
            }
        }
    }
}
