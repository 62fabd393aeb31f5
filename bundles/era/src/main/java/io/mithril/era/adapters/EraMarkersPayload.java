package io.mithril.era.adapters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mithril.crypto.ed25519.Ed25519Signature;
import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.crypto.ed25519.Ed25519VerificationKey;
import io.mithril.era.EraMarker;

/**
 * The signed payload stored on chain: <code>{"markers":[…],"signature":"&lt;128 hex&gt;"}</code>, carried as the
 * hex of its compact JSON ("JSON-hex"). The Ed25519 signature covers the compact JSON of the markers alone.
 */
public record EraMarkersPayload(List<EraMarker> markers, Optional<String> signature) {
    private static final HexFormat HEX = HexFormat.of();

    public EraMarkersPayload {
        markers = List.copyOf(markers);
        Objects.requireNonNull(signature, "signature");
    }

    /** Signs the markers (deterministic Ed25519, same bytes as the reference). */
    public static EraMarkersPayload sign(List<EraMarker> markers, Ed25519SigningKey key) {
        Ed25519Signature signature = key.sign(messageToSign(markers));
        return new EraMarkersPayload(markers, Optional.of(signature.toHex()));
    }

    /** The signed message: the compact serde JSON of the markers, UTF-8. */
    public static byte[] messageToSign(List<EraMarker> markers) {
        return EraMarkersJson.write(markers).getBytes(StandardCharsets.UTF_8);
    }

    /** True when the signature is present, well-formed and valid for the markers under {@code key}. */
    public boolean verify(Ed25519VerificationKey key) {
        if (signature.isEmpty()) {
            return false;
        }
        Ed25519Signature decoded;
        try {
            decoded = Ed25519Signature.fromBytes(HEX.parseHex(signature.get()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return key.verify(messageToSign(markers), decoded);
    }

    /** The compact JSON of the payload. */
    public String toJson() {
        ObjectNode node = EraMarkersJson.MAPPER.createObjectNode();
        node.set("markers", EraMarkersJson.toTree(markers));
        if (signature.isPresent()) {
            node.put("signature", signature.get());
        } else {
            node.putNull("signature");
        }
        return node.toString();
    }

    /** Hex of the compact JSON: the form written into the datum's <code>bytes</code> fields. */
    public String toJsonHex() {
        return HEX.formatHex(toJson().getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes the JSON-hex form; fails on bad hex, bad UTF-8/JSON or a malformed marker list. */
    public static EraMarkersPayload fromJsonHex(String jsonHex) {
        byte[] json;
        try {
            json = HEX.parseHex(jsonHex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("era markers payload: not hex: " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = EraMarkersJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("era markers payload: not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("era markers payload: expected a JSON object");
        }
        List<EraMarker> markers = EraMarkersJson.parse(root.get("markers"));
        JsonNode signature = root.get("signature");
        if (signature != null && !signature.isNull() && !signature.isTextual()) {
            throw new IllegalArgumentException("era markers payload: 'signature' must be a string or null");
        }
        return new EraMarkersPayload(markers, Optional.ofNullable(signature).filter(JsonNode::isTextual)
                .map(JsonNode::textValue));
    }
}
