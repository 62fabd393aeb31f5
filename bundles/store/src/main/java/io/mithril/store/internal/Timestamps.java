package io.mithril.store.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates as the reference stores them: chrono's <code>to_rfc3339()</code>, i.e. <code>+00:00</code> and 0, 3, 6 or 9
 * fraction digits, so rows written by either implementation read the same.
 */
final class Timestamps {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter SQLITE_DEFAULT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Timestamps() {
    }

    static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        OffsetDateTime utc = instant.atOffset(ZoneOffset.UTC);
        int nanos = utc.getNano();
        String fraction;
        if (nanos == 0) {
            fraction = "";
        } else if (nanos % 1_000_000 == 0) {
            fraction = String.format(".%03d", nanos / 1_000_000);
        } else if (nanos % 1_000 == 0) {
            fraction = String.format(".%06d", nanos / 1_000);
        } else {
            fraction = String.format(".%09d", nanos);
        }
        return SECONDS.format(utc) + fraction + "+00:00";
    }

    /** Parses RFC 3339 (any offset) and SQLite's <code>current_timestamp</code> form (UTC). */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text, SQLITE_DEFAULT).toInstant(ZoneOffset.UTC);
        }
    }
}
