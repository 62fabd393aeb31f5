package io.mithril.api.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** JSON comparisons for served bodies against the reference's data. */
public final class JsonAssertions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonAssertions() {
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /**
     * Same JSON value (numbers, strings, arrays in order, objects as maps) and, since a Rust client or a byte-wise
     * comparison may notice, the same field order in every object.
     */
    public static void assertSameJson(JsonNode expected, String actualJson, String what) {
        JsonNode actual = parse(actualJson);
        assertEquals(expected, actual, what + ": different JSON value");
        assertEquals(fieldOrder(expected), fieldOrder(actual), what + ": different field order");
    }

    /** Every object's field names, depth first. */
    static List<String> fieldOrder(JsonNode node) {
        List<String> names = new ArrayList<>();
        collect(node, "", names);
        return names;
    }

    private static void collect(JsonNode node, String at, List<String> names) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String name = it.next();
                names.add(at + "/" + name);
                collect(node.get(name), at + "/" + name, names);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "/" + i, names);
            }
        }
    }
}
