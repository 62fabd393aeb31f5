package io.mithril.crypto.cardano;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.cardano.internal.MiniCbor;
import io.mithril.crypto.internal.JsonHex;
import io.mithril.crypto.kes.KesSecretKey;

/**
 * A cardano-cli text envelope ({@code {"type":…,"description":…,"cborHex":…}}) holding an SPO's {@code kes.skey}
 * or {@code node.cert}, as Mithril signers load them.
 */
public record CardanoTextEnvelope(String type, String description, byte[] cbor) {
    public static final String KES_SIGNING_KEY_TYPE = "KesSigningKey_ed25519_kes_2^6";
    public static final String OPERATIONAL_CERTIFICATE_TYPE = "NodeOperationalCertificate";

    public static CardanoTextEnvelope parse(String json) {
        JsonNode node = JsonHex.parseJson(json);
        JsonNode type = node.get("type");
        JsonNode cborHex = node.get("cborHex");
        if (type == null || !type.isTextual() || cborHex == null || !cborHex.isTextual()) {
            throw new IllegalArgumentException("text envelope: missing type or cborHex");
        }
        JsonNode description = node.get("description");
        return new CardanoTextEnvelope(type.asText(), description == null ? "" : description.asText(),
                JsonHex.decodeHex(cborHex.asText()));
    }

    /** The KES secret key of a {@code kes.skey} envelope (CBOR byte string of the 608-byte key, period 0). */
    public KesSecretKey kesSecretKey() {
        MiniCbor.Reader in = new MiniCbor.Reader(cbor);
        byte[] key = in.bytes();
        if (!in.atEnd()) {
            throw new IllegalArgumentException("text envelope: trailing bytes after the KES key");
        }
        return KesSecretKey.fromBytes(key);
    }

    /** The certificate of a {@code node.cert} envelope. */
    public OperationalCertificate operationalCertificate() {
        return OperationalCertificate.fromCbor(cbor);
    }
}
