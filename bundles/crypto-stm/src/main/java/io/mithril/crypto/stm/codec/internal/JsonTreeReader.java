package io.mithril.crypto.stm.codec.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.mithril.crypto.stm.StmException;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
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
            if (p.nextToken() == null) {
                throw Tree.error("empty JSON");
            }
            Object value = value(p);
            if (p.nextToken() != null) {
                throw Tree.error("trailing characters after the JSON value");
            }
            return value;
        } catch (IOException e) {
            throw Tree.error("malformed JSON: " + e.getMessage());
        }
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

    private static List<Object> array(JsonParser p) throws IOException, StmException {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(value(p));
        }
        return list;
    }
}
