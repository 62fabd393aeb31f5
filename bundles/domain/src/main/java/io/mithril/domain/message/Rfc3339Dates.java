package io.mithril.domain.message;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates as the reference writes them: RFC 3339 in UTC with {@code Z} and a fraction of 0, 3, 6 or 9 digits, the
 * shortest that keeps the value (chrono's serde form, {@code SecondsFormat::AutoSi}).
 */
public final class Rfc3339Dates {
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private Rfc3339Dates() {
    }

    public static String format(Instant instant) {
        StringBuilder out = new StringBuilder(SECONDS.format(instant));
        int nano = instant.getNano();
        if (nano != 0) {
            if (nano % 1_000_000 == 0) {
                out.append(String.format(".%03d", nano / 1_000_000));
            } else if (nano % 1_000 == 0) {
                out.append(String.format(".%06d", nano / 1_000));
            } else {
                out.append(String.format(".%09d", nano));
            }
        }
        return out.append('Z').toString();
    }

    /** Parses any RFC 3339 date-time with an offset ({@code Z} or {@code ±hh:mm}). */
    public static Instant parse(String text) {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    public static final class Serializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(format(value));
        }
    }

    public static final class Deserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an RFC 3339 date-time");
            }
        }
    }
}
