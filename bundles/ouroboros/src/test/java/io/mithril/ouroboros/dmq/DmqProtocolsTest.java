package io.mithril.ouroboros.dmq;

import static io.mithril.ouroboros.Vectors.dmq;
import static io.mithril.ouroboros.Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.ouroboros.MuxSettings;
import io.mithril.ouroboros.NodeToClientServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** LocalMsgSubmission and LocalMsgNotification between our clients and our responders over a real socket. */
class DmqProtocolsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final byte[] REAL = hex(dmq("pallas_dmq_msg_real.json").get("dmq_msg_cbor"));
    private static final byte[] SIMPLE = hex(dmq("pallas_dmq_msg_simple.json").get("dmq_msg_cbor"));

    @TempDir
    Path dir;
    private final ListCursor pool = new ListCursor();
    private final List<byte[]> submitted = new ArrayList<>();
    private NodeToClientServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private DmqNodeClient start(BlockingReplyForm form) throws IOException {
        Path socket = dir.resolve("dmq.sock");
        server = DmqNodeServer.start(socket, DmqProtocol.PREVIEW_MAGIC, raw -> {
            synchronized (submitted) {
                submitted.add(raw);
            }
            return raw.length > 100 ? SubmitResult.accepted()
                    : SubmitResult.rejected(new RejectReason.Invalid("InvalidKESSignature"));
        }, () -> pool, form, MuxSettings.defaults());
        return DmqNodeClient.connect(socket, DmqProtocol.PREVIEW_MAGIC, MuxSettings.defaults(), TIMEOUT);
    }

    @Test
    void submissionsAreAnsweredOneByOneAndCarryTheExactBytes() throws IOException {
        try (DmqNodeClient client = start(BlockingReplyForm.DMQ_NODE)) {
            assertTrue(client.submission().submit(DmqMessage.decode(REAL)).isAccepted());
            SubmitResult rejected = client.submission().submit(DmqMessage.decode(SIMPLE));
            assertEquals(java.util.Optional.of(new RejectReason.Invalid("InvalidKESSignature")), rejected.rejection());
            client.submission().done();
        }
        synchronized (submitted) {
            assertEquals(2, submitted.size());
            assertArrayEquals(REAL, submitted.get(0));
            assertArrayEquals(SIMPLE, submitted.get(1));
        }
    }

    @ParameterizedTest
    @EnumSource(BlockingReplyForm.class)
    void aBlockingRequestWaitsForTheNextMessageInEitherReplyForm(BlockingReplyForm form) throws Exception {
        try (DmqNodeClient client = start(form)) {
            LocalMsgNotificationClient.Reply empty = client.notification().requestNonBlocking(TIMEOUT);
            assertEquals(0, empty.messages().size());
            assertFalse(empty.hasMore());

            CompletableFuture<List<byte[]>> blocked = CompletableFuture.supplyAsync(() -> {
                try {
                    return client.notification().requestBlocking();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertWaiting(blocked);
            pool.add(REAL);
            List<byte[]> first = blocked.get(10, TimeUnit.SECONDS);
            assertEquals(1, first.size());
            assertArrayEquals(REAL, first.get(0));

            // the connection keeps working after a (possibly pallas-shaped) reply
            pool.add(SIMPLE);
            List<byte[]> second = client.notification().requestBlocking();
            assertArrayEquals(SIMPLE, second.get(0));
        }
    }

    @Test
    void aLargeReplyArrivesInManySegmentsAndHasMoreSaysAskAgain() throws IOException {
        for (int i = 0; i < 1300; i++) {
            pool.add(REAL);
        }
        try (DmqNodeClient client = start(BlockingReplyForm.DMQ_NODE)) {
            LocalMsgNotificationClient.Reply first = client.notification().requestNonBlocking(TIMEOUT);
            assertEquals(LocalMsgNotificationServer.MAX_MESSAGES_PER_REPLY, first.messages().size());
            assertTrue(first.hasMore(), "614 kB reply over 12288-byte segments");
            first.messages().forEach(m -> assertArrayEquals(REAL, m));
            LocalMsgNotificationClient.Reply rest = client.notification().requestNonBlocking(TIMEOUT);
            assertEquals(300, rest.messages().size());
            assertFalse(rest.hasMore());
        }
    }

    private static void assertWaiting(CompletableFuture<?> future) throws InterruptedException, ExecutionException {
        try {
            future.get(300, TimeUnit.MILLISECONDS);
            throw new AssertionError("a blocking request returned while nothing was there");
        } catch (TimeoutException expected) {
            // still waiting, as it should
        }
    }

    /** A minimal shared message list; each test uses one connection, so one cursor position suffices. */
    static final class ListCursor implements NotificationCursor {
        private final List<byte[]> messages = new ArrayList<>();
        private int next;

        synchronized void add(byte[] message) {
            messages.add(message);
            notifyAll();
        }

        @Override
        public synchronized List<byte[]> poll(int max) {
            int end = Math.min(messages.size(), next + max);
            List<byte[]> batch = new ArrayList<>(messages.subList(next, end));
            next = end;
            return batch;
        }

        @Override
        public synchronized boolean hasMore() {
            return next < messages.size();
        }

        @Override
        public synchronized List<byte[]> await(int max) throws InterruptedException {
            while (next >= messages.size()) {
                wait();
            }
            return poll(max);
        }
    }
}
