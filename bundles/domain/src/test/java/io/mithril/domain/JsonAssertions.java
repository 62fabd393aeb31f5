package io.mithril.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Compares JSON as Jackson trees (same fields and values), and field order where the reference fixes it. */
public final class JsonAssertions {
    private JsonAssertions() {
    }

    /** Serialises {@code value} to text, re-reads it, and compares it with {@code expected}, field order included. */
    public static void assertSameJson(JsonNode expected, Object value, String context) {
        JsonNode actual;
        try {
            actual = Fixtures.MAPPER.readTree(Fixtures.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new AssertionError(context + ": cannot serialise", e);
        }
        assertEquals(expected, actual, context);
        assertSameFieldOrder(expected, actual, context);
    }

    private static void assertSameFieldOrder(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            assertEquals(fieldNames(expected), fieldNames(actual), "field order at " + path);
            expected.fieldNames().forEachRemaining(
                    name -> assertSameFieldOrder(expected.get(name), actual.get(name), path + "." + name));
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                assertSameFieldOrder(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
