package io.mithril.era.adapters;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mithril.spi.chain.TxDatum;

/**
 * The inline-datum JSON of the era markers: <code>{"constructor":0,"fields":[{"bytes":"…"},…]}</code>. The writer
 * splits a byte string into fields of at most 128 characters (an old cardano-cli limit the reference keeps); the
 * reader concatenates every <code>bytes</code> field in order.
 */
public final class TxDatums {
    /** The longest <code>bytes</code> field the reference writes. */
    public static final int CHUNK_SIZE = 128;

    private TxDatums() {
    }

    /** A datum with one byte string split into 128-character <code>bytes</code> fields. */
    public static TxDatum ofBytes(String bytes) {
        ObjectNode root = EraMarkersJson.MAPPER.createObjectNode();
        root.put("constructor", 0);
        ArrayNode fields = root.putArray("fields");
        for (int start = 0; start < bytes.length(); start += CHUNK_SIZE) {
            fields.addObject().put("bytes", bytes.substring(start, Math.min(bytes.length(), start + CHUNK_SIZE)));
        }
        return new TxDatum(root.toString());
    }

    /**
     * The concatenation of the datum's <code>bytes</code> fields, or empty when the datum is not a JSON object with
     * a <code>fields</code> array (non-string <code>bytes</code> values are skipped, as in the reference).
     */
    public static Optional<String> concatenatedBytes(TxDatum datum) {
        JsonNode root;
        try {
            root = EraMarkersJson.MAPPER.readTree(datum.json());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject() || !root.path("fields").isArray()) {
            return Optional.empty();
        }
        StringBuilder bytes = new StringBuilder();
        for (JsonNode field : root.get("fields")) {
            JsonNode value = field.get("bytes");
            if (value != null && value.isTextual()) {
                bytes.append(value.textValue());
            }
        }
        return Optional.of(bytes.toString());
    }
}
