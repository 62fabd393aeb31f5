package io.mithril.crypto.kes;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.internal.JsonHex;
import io.mithril.crypto.kes.internal.SumKes;
import java.util.Arrays;
import org.bouncycastle.util.encoders.Hex;

/**
 * A 448-byte Sum6 KES signature: {@code ed25519Sig(64) ‖ (vkLeft ‖ vkRight) × 6}, innermost level first. The
 * reference's JSON form nests {@code {"sigma":…,"lhs_pk":[…],"rhs_pk":[…]}} six times around the Ed25519 signature
 * array; it is written as JSON-hex, and raw bytes-hex is accepted on input.
 */
public final class KesSignature {
    public static final int SIZE = SumKes.signatureSize(KesSecretKey.DEPTH);

    private final byte[] bytes;

    private KesSignature(byte[] bytes) {
        this.bytes = bytes;
    }

    public static KesSignature fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != SIZE) {
            throw new IllegalArgumentException("KES signature must be " + SIZE + " bytes");
        }
        return new KesSignature(bytes.clone());
    }

    /** Decodes JSON-hex first, then raw bytes-hex (the reference's order). */
    public static KesSignature decode(String text) {
        String hex = text.trim();
        if (hex.length() != 2 * SIZE && JsonHex.looksLikeJsonHex(hex)) {
            return fromJson(JsonHex.parse(hex));
        }
        return fromBytes(JsonHex.decodeHex(hex));
    }

    /** Reads the nested serde JSON tree. */
    static KesSignature fromJson(JsonNode node) {
        byte[] out = new byte[SIZE];
        JsonNode level = node;
        for (int depth = KesSecretKey.DEPTH; depth > 0; depth--) {
            if (level == null || !level.isObject()) {
                throw new IllegalArgumentException("KES signature: expected an object at depth " + depth);
            }
            int pks = SumKes.signatureSize(depth - 1);
            System.arraycopy(JsonHex.bytes(level.get("lhs_pk"), 32, "lhs_pk"), 0, out, pks, 32);
            System.arraycopy(JsonHex.bytes(level.get("rhs_pk"), 32, "rhs_pk"), 0, out, pks + 32, 32);
            level = level.get("sigma");
        }
        System.arraycopy(JsonHex.bytes(level, 64, "sigma"), 0, out, 0, 64);
        return new KesSignature(out);
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    /** Raw bytes as hex (896 characters). */
    public String toHex() {
        return Hex.toHexString(bytes);
    }

    /** The compact serde JSON text, e.g. {@code {"sigma":{"sigma":…},"lhs_pk":[…],"rhs_pk":[…]}}. */
    public String toJson() {
        StringBuilder out = new StringBuilder(2200);
        appendLevel(out, KesSecretKey.DEPTH);
        return out.toString();
    }

    /** JSON-hex: the reference's output form (signer registrations, stake distribution artifacts). */
    public String toJsonHex() {
        return JsonHex.fromJson(toJson());
    }

    private void appendLevel(StringBuilder out, int depth) {
        if (depth == 0) {
            JsonHex.appendByteArray(out, Arrays.copyOf(bytes, 64));
            return;
        }
        int pks = SumKes.signatureSize(depth - 1);
        out.append("{\"sigma\":");
        appendLevel(out, depth - 1);
        out.append(",\"lhs_pk\":");
        JsonHex.appendByteArray(out, Arrays.copyOfRange(bytes, pks, pks + 32));
        out.append(",\"rhs_pk\":");
        JsonHex.appendByteArray(out, Arrays.copyOfRange(bytes, pks + 32, pks + 64));
        out.append('}');
    }

    byte[] rawBytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KesSignature && Arrays.equals(bytes, ((KesSignature) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "KesSignature[" + toHex().substring(0, 16) + "…]";
    }
}
