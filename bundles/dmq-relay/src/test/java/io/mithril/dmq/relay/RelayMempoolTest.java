package io.mithril.dmq.relay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.ouroboros.dmq.DmqMessage;
import io.mithril.ouroboros.dmq.NotificationCursor;
import io.mithril.ouroboros.dmq.RejectReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelayMempoolTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);

    private final DmqMessage first = Pools.builder(1, 0, Clock.fixed(NOW, ZoneOffset.UTC)).build(new byte[] {1}, 0);
    private final DmqMessage second = Pools.builder(2, 0, Clock.fixed(NOW, ZoneOffset.UTC)).build(new byte[] {2}, 0);
    private final DmqMessage shortLived = Pools.builder(3, 0, Clock.fixed(NOW.minusSeconds(1700), ZoneOffset.UTC))
            .build(new byte[] {3}, 0);

    @Test
    void duplicatesExpiredAndOverflowingMessagesAreRefused() {
        RelayMempool pool = new RelayMempool(Clock.fixed(NOW, ZoneOffset.UTC), 2);
        assertTrue(pool.add(first).isAccepted());
        assertEquals(Optional.of(new RejectReason.AlreadyReceived()), pool.add(first).rejection());
        assertTrue(pool.add(second).isAccepted());
        assertTrue(pool.add(shortLived).rejection().orElseThrow() instanceof RejectReason.Other);

        RelayMempool late = new RelayMempool(Clock.fixed(NOW.plusSeconds(1801), ZoneOffset.UTC), 10);
        assertEquals(Optional.of(new RejectReason.Expired()), late.add(first).rejection());
    }

    @Test
    void everyCursorStartsAtTheBeginningAndSeesEachMessageOnce() throws InterruptedException {
        RelayMempool pool = new RelayMempool(Clock.fixed(NOW, ZoneOffset.UTC), 10);
        pool.add(first);
        pool.add(second);
        NotificationCursor a = pool.newCursor();
        assertEquals(1, a.poll(1).size());
        assertTrue(a.hasMore());
        assertArrayEquals(second.encoded(), a.await(10).get(0));
        assertFalse(a.hasMore());
        assertEquals(List.of(), a.poll(10));

        NotificationCursor b = pool.newCursor();
        List<byte[]> all = b.poll(10);
        assertEquals(2, all.size());
        assertArrayEquals(first.encoded(), all.get(0));
    }

    @Test
    void expiredMessagesAreNoLongerServed() {
        MovingClock clock = new MovingClock(NOW);
        RelayMempool pool = new RelayMempool(clock, 10);
        pool.add(shortLived);
        pool.add(first);
        clock.now = NOW.plusSeconds(101);
        assertEquals(1, pool.size());
        List<byte[]> served = pool.newCursor().poll(10);
        assertEquals(1, served.size());
        assertArrayEquals(first.encoded(), served.get(0));
        assertTrue(pool.add(shortLived).rejection().orElseThrow() instanceof RejectReason.Expired);
        clock.now = clock.now.plus(Duration.ofHours(1));
        assertEquals(0, pool.size());
    }

    static final class MovingClock extends Clock {
        volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
