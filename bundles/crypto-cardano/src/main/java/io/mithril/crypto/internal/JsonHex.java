package io.mithril.crypto.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.util.encoders.DecoderException;
import org.bouncycastle.util.encoders.Hex;

/**
 * The reference's "JSON-hex" convention: hex of the UTF-8 bytes of a compact serde_json document, where byte
 * strings are JSON arrays of decimal integers (certificates.md §1, stm.md §6.3).
 */
public final class JsonHex {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonHex() {
    }

    /** Hex of the given compact JSON text. */
    public static String fromJson(String json) {
        return Hex.toHexString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a JSON-hex string into a JSON tree. */
    public static JsonNode parse(String jsonHex) {
        byte[] json = decodeHex(jsonHex);
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON-hex: " + e.getMessage(), e);
        }
    }

    /** Parses plain JSON text. */
    public static JsonNode parseJson(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Appends a byte string the way serde_json writes it: {@code [1,2,3]}. */
    public static StringBuilder appendByteArray(StringBuilder out, byte[] bytes) {
        out.append('[');
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(bytes[i] & 0xff);
        }
        return out.append(']');
    }

    /** JSON-hex of a bare byte string. */
    public static String encodeByteArray(byte[] bytes) {
        return fromJson(appendByteArray(new StringBuilder(bytes.length * 4 + 2), bytes).toString());
    }

    /** Decodes the JSON-hex of a bare byte string, requiring {@code expectedLength} bytes (-1: any). */
    public static byte[] decodeByteArray(String jsonHex, int expectedLength) {
        return bytes(parse(jsonHex), expectedLength, "byte array");
    }

    /** Reads a JSON array of integers 0..255 as bytes, requiring {@code expectedLength} bytes (-1: any). */
    public static byte[] bytes(JsonNode node, int expectedLength, String what) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(what + ": expected a JSON array of bytes");
        }
        if (expectedLength >= 0 && node.size() != expectedLength) {
            throw new IllegalArgumentException(
                    what + ": expected " + expectedLength + " bytes, got " + node.size());
        }
        byte[] out = new byte[node.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode b = node.get(i);
            if (!b.isIntegralNumber() || b.asLong() < 0 || b.asLong() > 255) {
                throw new IllegalArgumentException(what + ": element " + i + " is not a byte");
            }
            out[i] = (byte) b.asInt();
        }
        return out;
    }

    /** Reads a non-negative integer field that must fit an unsigned 64-bit value. */
    public static long unsignedLong(JsonNode node, String what) {
        if (node == null || !node.isIntegralNumber() || node.bigIntegerValue().signum() < 0
                || node.bigIntegerValue().bitLength() > 64) {
            throw new IllegalArgumentException(what + ": expected an unsigned 64-bit integer");
        }
        return node.bigIntegerValue().longValue();
    }

    /** Strict hex decoding (even length, hex digits only). */
    public static byte[] decodeHex(String hex) {
        if (hex == null || (hex.length() & 1) != 0) {
            throw new IllegalArgumentException("not hex: odd length or null");
        }
        try {
            return Hex.decodeStrict(hex);
        } catch (DecoderException e) {
            throw new IllegalArgumentException("not hex: " + e.getMessage(), e);
        }
    }

    /** True if the text looks like JSON-hex, i.e. its first decoded byte opens a JSON array or object. */
    public static boolean looksLikeJsonHex(String hex) {
        return hex != null && hex.length() >= 2 && (hex.startsWith("5b") || hex.startsWith("7b"));
    }
}
