package io.mithril.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Dates as chrono writes them: the shortest of 0, 3, 6 or 9 fraction digits, always UTC with Z. */
class Rfc3339DatesTest {

    @Test
    void fractionDigitsAreZeroThreeSixOrNine() {
        // forms seen in the devnet data and the openapi.yaml examples
        assertEquals("2026-05-21T14:42:19.370724260Z", roundTrip("2026-05-21T14:42:19.370724260Z"));
        assertEquals("2022-06-14T10:52:31Z", roundTrip("2022-06-14T10:52:31Z"));
        assertEquals("2022-06-14T10:52:31.120Z", Rfc3339Dates.format(Instant.parse("2022-06-14T10:52:31.12Z")));
        assertEquals("2022-06-14T10:52:31.000123Z", Rfc3339Dates.format(Instant.parse("2022-06-14T10:52:31.000123Z")));
        assertEquals("2024-02-12T13:11:47.000123043Z", roundTrip("2024-02-12T13:11:47.000123043Z"));
    }

    @Test
    void offsetsAreNormalisedToUtc() {
        assertEquals(Instant.parse("2022-06-14T08:52:31Z"), Rfc3339Dates.parse("2022-06-14T10:52:31+02:00"));
    }

    private static String roundTrip(String text) {
        return Rfc3339Dates.format(Rfc3339Dates.parse(text));
    }
}
