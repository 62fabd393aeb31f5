package io.mithril.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** chrono's to_rfc3339 shape: +00:00 and 0/3/6/9 fraction digits. */
class TimestampsTest {
    @Test
    void formatsLikeTheReference() {
        assertEquals("2026-05-21T14:42:19.370724260+00:00",
                Timestamps.format(Instant.parse("2026-05-21T14:42:19.370724260Z")));
        assertEquals("2026-05-21T14:42:19.370724+00:00", Timestamps.format(Instant.parse("2026-05-21T14:42:19.370724Z")));
        assertEquals("2026-05-21T14:42:19.370+00:00", Timestamps.format(Instant.parse("2026-05-21T14:42:19.37Z")));
        assertEquals("2026-05-21T14:42:19+00:00", Timestamps.format(Instant.parse("2026-05-21T14:42:19Z")));
    }

    @Test
    void parsesEveryStoredShape() {
        Instant instant = Instant.parse("2026-05-21T14:42:19.370724260Z");
        assertEquals(instant, Timestamps.parse("2026-05-21T14:42:19.370724260+00:00"));
        assertEquals(instant, Timestamps.parse("2026-05-21T14:42:19.370724260Z"));
        assertEquals(instant, Timestamps.parse("2026-05-21T16:42:19.370724260+02:00"));
        assertEquals(Instant.parse("2026-05-21T14:42:19Z"), Timestamps.parse("2026-05-21 14:42:19"));
    }
}
