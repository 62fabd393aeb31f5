package io.mithril.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankOnMilliseconds() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[99 - i] = (i + 1) * 1_000_000L; // 1..100 ms, unsorted
        }
        Percentiles p = Percentiles.of(nanos);
        assertEquals(100, p.count());
        assertEquals(50.0, p.p50Ms());
        assertEquals(90.0, p.p90Ms());
        assertEquals(99.0, p.p99Ms());
        assertEquals(100.0, p.maxMs());
    }

    @Test
    void emptyIsAllZero() {
        assertEquals(new Percentiles(0, 0, 0, 0, 0), Percentiles.of(new long[0]));
    }
}
