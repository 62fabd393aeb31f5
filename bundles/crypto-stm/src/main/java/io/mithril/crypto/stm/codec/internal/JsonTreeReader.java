package io.mithril.crypto.stm.codec.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.mithril.crypto.stm.StmException;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses JSON text into a {@link Tree} with Jackson's streaming parser; rejects duplicate keys as serde does. */
public final class JsonTreeReader {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTreeReader() {
    }

    public static Object parse(String json) throws StmException {
        try (JsonParser p = FACTORY.createParser(json)) {
            return parse(p);
        } catch (IOException e) {
            throw Tree.error("malformed JSON: " + e.getMessage());
        }
    }

    /** UTF-8 JSON bytes (what JSON-hex decodes to), parsed without building a String first. */
    public static Object parse(byte[] utf8Json) throws StmException {
        try (JsonParser p = FACTORY.createParser(utf8Json)) {
            return parse(p);
        } catch (IOException | RuntimeException e) {
            // Binary input (bytes-hex) may trip Jackson's encoding detection in unexpected ways: still "not JSON".
            throw Tree.error("malformed JSON: " + e.getMessage());
        }
    }

    private static Object parse(JsonParser p) throws IOException, StmException {
        if (p.nextToken() == null) {
            throw Tree.error("empty JSON");
        }
        Object value = value(p);
        if (p.nextToken() != null) {
            throw Tree.error("trailing characters after the JSON value");
        }
        return value;
    }

    private static Object value(JsonParser p) throws IOException, StmException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT:
                return object(p);
            case START_ARRAY:
                return array(p);
            case VALUE_NUMBER_INT:
                return integer(p);
            case VALUE_NUMBER_FLOAT:
                return Double.parseDouble(p.getText());
            case VALUE_NULL:
                return Tree.NULL;
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_STRING:
                return p.getText();
            default:
                throw Tree.error("unexpected JSON token " + t);
        }
    }

    private static Object integer(JsonParser p) throws IOException {
        if (p.getNumberType() == JsonParser.NumberType.INT || p.getNumberType() == JsonParser.NumberType.LONG) {
            long v = p.getLongValue();
            return v >= 0 ? (Object) v : BigInteger.valueOf(v);
        }
        return p.getBigIntegerValue();
    }

    private static Map<String, Object> object(JsonParser p) throws IOException, StmException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
            String key = p.currentName();
            p.nextToken();
            if (map.put(key, value(p)) != null) {
                throw Tree.error("duplicate field " + key);
            }
        }
        return map;
    }

    /**
     * Arrays of non-negative integers (bytes, indexes: nearly everything here) stay unboxed as {@code long[]}; any
     * other array becomes a list.
     */
    private static Object array(JsonParser p) throws IOException, StmException {
        long[] numbers = new long[16];
        int count = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            Object item = t == JsonToken.VALUE_NUMBER_INT ? integer(p) : null;
            if (!(item instanceof Long)) {
                return mixedArray(p, numbers, count, item == null ? value(p) : item);
            }
            if (count == numbers.length) {
                numbers = Arrays.copyOf(numbers, count * 2);
            }
            numbers[count++] = (Long) item;
        }
        return Arrays.copyOf(numbers, count);
    }

    private static List<Object> mixedArray(JsonParser p, long[] numbers, int count, Object current)
            throws IOException, StmException {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(numbers[i]);
        }
        list.add(current);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(value(p));
        }
        return list;
    }
}
