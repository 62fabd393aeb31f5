package io.mithril.domain.chain;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.StmJsonHex;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mithril.domain.internal.Hex;
import java.io.IOException;
import java.util.Optional;

/**
 * Compares AVKs as the reference does, on their decoded value rather than their text: both are decoded with crypto-stm
 * (JSON-hex or bytes-hex); values that are not well-formed STM keys are compared as JSON trees, then as bytes.
 */
final class AggregateVerificationKeyEquality {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AggregateVerificationKeyEquality() {
    }

    static boolean sameKey(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return StmJsonHex.decodeAggregateVerificationKey(a).equals(StmJsonHex.decodeAggregateVerificationKey(b));
        } catch (StmException | RuntimeException undecodable) {
            // not a well-formed STM key: fall back to comparing the JSON values
        }
        Optional<JsonNode> jsonA = decodeJson(a);
        Optional<JsonNode> jsonB = decodeJson(b);
        if (jsonA.isPresent() && jsonB.isPresent()) {
            return jsonA.get().equals(jsonB.get());
        }
        // bytes-hex on both sides: same bytes whatever the hex case
        return jsonA.isEmpty() && jsonB.isEmpty() && a.equalsIgnoreCase(b) && Hex.isHex(a);
    }

    private static Optional<JsonNode> decodeJson(String hex) {
        if (!Hex.isHex(hex) || hex.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(Hex.decode(hex));
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }
}
