package io.mithril.signature.dmq.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.signature.dmq.TestSupport;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SeenMessageIdsTest {
    @Test
    void idsAreKeptForTheTtlOrUntilTheMessageExpiresWhicheverIsLater() {
        TestSupport.MutableClock clock = TestSupport.clockAt(1_000_000);
        SeenMessageIds seen = new SeenMessageIds(clock, Duration.ofSeconds(1800));
        seen.remember(new byte[] {1}, 1_000_100);      // expires before the TTL: kept 1800 s
        seen.remember(new byte[] {2}, 1_002_100);      // expires after the TTL: kept until then
        clock.advance(Duration.ofSeconds(1800));
        assertTrue(seen.contains(new byte[] {1}));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(seen.contains(new byte[] {1}));
        assertTrue(seen.contains(new byte[] {2}));
        clock.advance(Duration.ofSeconds(300));
        assertFalse(seen.contains(new byte[] {2}));
        assertEquals(0, seen.size());
    }

    @Test
    void backoffDoublesUpToItsMaximumAndResets() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(1), backoff.next());
        assertEquals(Duration.ofSeconds(2), backoff.next());
        assertEquals(Duration.ofSeconds(4), backoff.next());
        assertEquals(Duration.ofSeconds(5), backoff.next());
        assertEquals(Duration.ofSeconds(5), backoff.next());
        backoff.reset();
        assertEquals(Duration.ofSeconds(1), backoff.next());
    }
}
