package io.mithril.domain;

import io.mithril.domain.internal.Hex;
import java.nio.charset.StandardCharsets;

/**
 * The reference's "JSON-hex" key encoding for byte arrays: hex of the UTF-8 compact JSON array of decimal bytes, e.g.
 * {@code [32,253,...]} (serde's form of {@code [u8; N]}).
 */
public final class JsonHex {
    private JsonHex() {
    }

    public static String encodeBytes(byte[] bytes) {
        StringBuilder json = new StringBuilder(bytes.length * 4 + 2).append('[');
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(bytes[i] & 0xff);
        }
        json.append(']');
        return Hex.encode(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws IllegalArgumentException when the text is not hex of a JSON array of integers 0..255
     */
    public static byte[] decodeBytes(String jsonHex) {
        String json = new String(Hex.decode(jsonHex), StandardCharsets.UTF_8).strip();
        if (json.length() < 2 || json.charAt(0) != '[' || json.charAt(json.length() - 1) != ']') {
            throw new IllegalArgumentException("not a JSON byte array");
        }
        String body = json.substring(1, json.length() - 1).strip();
        if (body.isEmpty()) {
            return new byte[0];
        }
        String[] items = body.split(",");
        byte[] bytes = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            int value;
            try {
                value = Integer.parseInt(items[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a JSON byte array: " + items[i], e);
            }
            if (value < 0 || value > 255) {
                throw new IllegalArgumentException("byte out of range: " + value);
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    /**
     * Decodes a fixed-size key or signature given either as raw hex ("bytes-hex") or as JSON-hex, the two forms the
     * reference accepts for Ed25519 material.
     */
    public static byte[] decodeFixedSize(String text, int size) {
        if (text.length() == size * 2 && Hex.isHex(text)) {
            return Hex.decode(text);
        }
        byte[] bytes = decodeBytes(text);
        if (bytes.length != size) {
            throw new IllegalArgumentException("expected " + size + " bytes, got " + bytes.length);
        }
        return bytes;
    }
}
