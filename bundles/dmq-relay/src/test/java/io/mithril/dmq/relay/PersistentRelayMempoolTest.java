package io.mithril.dmq.relay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.dmq.relay.RelayMempoolTest.MovingClock;
import io.mithril.ouroboros.dmq.DmqMessage;
import io.mithril.ouroboros.dmq.RejectReason;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RelayMempool#persistent}: what a restarted relay finds in its mempool file. */
class PersistentRelayMempoolTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);

    private final DmqMessage first = Pools.builder(1, 0, Clock.fixed(NOW, ZoneOffset.UTC)).build(new byte[] {1}, 0);
    private final DmqMessage second = Pools.builder(2, 0, Clock.fixed(NOW, ZoneOffset.UTC)).build(new byte[] {2}, 0);
    /** Expires at NOW + 100. */
    private final DmqMessage shortLived = Pools.builder(3, 0, Clock.fixed(NOW.minusSeconds(1700), ZoneOffset.UTC))
            .build(new byte[] {3}, 0);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("dmq.socket.mempool");
    }

    private RelayMempool reload(Instant at) throws Exception {
        return RelayMempool.persistent(file(), new MovingClock(at), 10);
    }

    private static List<byte[]> served(RelayMempool pool) {
        return pool.newCursor().poll(100);
    }

    @Test
    void aReloadedMempoolServesTheSameBytesInTheSameOrderAndStillRefusesTheirIds() throws Exception {
        RelayMempool pool = reload(NOW);
        assertEquals(0, pool.size());
        assertTrue(pool.add(second).isAccepted());
        assertTrue(pool.add(first).isAccepted());
        assertEquals(Path.of(file().toAbsolutePath().toString()), pool.file().orElseThrow());

        RelayMempool restarted = reload(NOW);
        List<byte[]> served = served(restarted);
        assertEquals(2, served.size());
        assertArrayEquals(second.encoded(), served.get(0));
        assertArrayEquals(first.encoded(), served.get(1));
        assertEquals(new RejectReason.AlreadyReceived(), restarted.add(first).rejection().orElseThrow());

        // what is accepted after the restart is kept too
        assertTrue(restarted.add(shortLived).isAccepted());
        assertEquals(3, served(reload(NOW)).size());
    }

    @Test
    void expiredMessagesAreDroppedOnReloadAndTheFileIsCompacted() throws Exception {
        RelayMempool pool = reload(NOW);
        pool.add(shortLived);
        pool.add(first);
        long before = Files.size(file());

        RelayMempool later = reload(NOW.plusSeconds(101));
        List<byte[]> served = served(later);
        assertEquals(1, served.size());
        assertArrayEquals(first.encoded(), served.get(0));
        assertTrue(Files.size(file()) < before, "compacted");
        // read at an earlier instant, the compacted file no longer holds the expired message
        assertEquals(1, served(reload(NOW)).size());
        // an expired message the reload dropped may not come back
        assertEquals(new RejectReason.Expired(), later.add(shortLived).rejection().orElseThrow());
    }

    @Test
    void messagesExpiringWhileTheRelayRunsAreCompactedAway() throws Exception {
        MovingClock clock = new MovingClock(NOW);
        RelayMempool pool = RelayMempool.persistent(file(), clock, 10);
        pool.add(shortLived);
        pool.add(first);
        clock.now = NOW.plusSeconds(101);
        assertEquals(1, pool.size());
        List<byte[]> onDisk = served(reload(NOW));
        assertEquals(1, onDisk.size());
        assertArrayEquals(first.encoded(), onDisk.get(0));
    }

    @Test
    void aForeignOrCorruptFileIsAClearErrorAndIsLeftAsItWas() throws Exception {
        Files.writeString(file(), "{\"not\": \"a mempool\"}");
        MempoolFileException foreign = assertThrows(MempoolFileException.class, () -> reload(NOW));
        assertTrue(foreign.getMessage().contains("not a mempool file"), foreign.getMessage());
        assertEquals(file(), foreign.file());
        assertEquals("{\"not\": \"a mempool\"}", Files.readString(file()));

        Files.delete(file());
        reload(NOW).add(first);
        byte[] valid = Files.readAllBytes(file());
        byte[] garbage = "this is no DmqMsg".getBytes(StandardCharsets.US_ASCII);
        Files.write(file(), concat(valid, record(NOW.getEpochSecond() + 10, garbage)));
        MempoolFileException corrupt = assertThrows(MempoolFileException.class, () -> reload(NOW));
        assertTrue(corrupt.getMessage().contains("corrupt record at byte " + valid.length), corrupt.getMessage());

        Files.write(file(), concat(valid, record(first.payload().expiresAt() + 1, second.encoded())));
        MempoolFileException wrongExpiry = assertThrows(MempoolFileException.class, () -> reload(NOW));
        assertTrue(wrongExpiry.getMessage().contains("expiry"), wrongExpiry.getMessage());

        Files.write(file(), concat(valid, ByteBuffer.allocate(12).putLong(1).putInt(Integer.MAX_VALUE).array()));
        assertThrows(MempoolFileException.class, () -> reload(NOW));
    }

    @Test
    void aLastRecordCutShortByAStopDuringAnAppendIsDroppedAndTheRestKept() throws Exception {
        RelayMempool pool = reload(NOW);
        pool.add(first);
        pool.add(second);
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(whole, whole.length - 7));

        List<byte[]> served = served(reload(NOW));
        assertEquals(1, served.size());
        assertArrayEquals(first.encoded(), served.get(0));
        // repaired on reload: the next append follows a whole record
        RelayMempool again = reload(NOW);
        assertTrue(again.add(second).isAccepted());
        assertEquals(2, served(reload(NOW)).size());
    }

    private static byte[] record(long expiresAt, byte[] encoded) {
        return ByteBuffer.allocate(12 + encoded.length).putLong(expiresAt).putInt(encoded.length).put(encoded)
                .array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
