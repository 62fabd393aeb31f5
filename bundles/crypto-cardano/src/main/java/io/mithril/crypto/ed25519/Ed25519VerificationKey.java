package io.mithril.crypto.ed25519;

import io.mithril.crypto.internal.JsonHex;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.bouncycastle.util.encoders.Hex;

/**
 * A 32-byte Ed25519 verification key. The reference writes genesis, era-marker and ancillary verification keys as
 * JSON-hex of the byte array (first hex chars {@code 5b}) and accepts plain hex of the 32 bytes on input.
 */
public final class Ed25519VerificationKey {
    public static final int SIZE = 32;

    private final byte[] bytes;

    private Ed25519VerificationKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps the 32 raw bytes (no curve check here; {@link #verify} rejects invalid or weak keys). */
    public static Ed25519VerificationKey fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != SIZE) {
            throw new IllegalArgumentException("Ed25519 verification key must be " + SIZE + " bytes");
        }
        return new Ed25519VerificationKey(bytes.clone());
    }

    /** Decodes JSON-hex first, then plain hex of the 32 bytes (the reference's order). */
    public static Ed25519VerificationKey decode(String text) {
        String hex = text.trim();
        if (JsonHex.looksLikeJsonHex(hex) && hex.length() != 2 * SIZE) {
            return fromBytes(JsonHex.decodeByteArray(hex, SIZE));
        }
        return fromBytes(JsonHex.decodeHex(hex));
    }

    /**
     * Verifies like ed25519-dalek's {@code verify_strict} (used by the reference for genesis, era markers,
     * manifests and KES leaves): canonical encodings, S below the group order, no small-order key or R, cofactorless
     * equation.
     */
    public boolean verify(byte[] message, Ed25519Signature signature) {
        byte[] sig = signature.rawBytes();
        if (Ed25519Strictness.hasSmallOrder(bytes, 0) || Ed25519Strictness.hasSmallOrder(sig, 0)) {
            return false;
        }
        return Ed25519.verify(sig, 0, bytes, 0, message, 0, message.length);
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    /** Plain lowercase hex of the 32 bytes. */
    public String toHex() {
        return Hex.toHexString(bytes);
    }

    /** JSON-hex of the byte array: the reference's output form. */
    public String toJsonHex() {
        return JsonHex.encodeByteArray(bytes);
    }

    byte[] rawBytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ed25519VerificationKey && Arrays.equals(bytes, ((Ed25519VerificationKey) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Ed25519VerificationKey[" + toHex() + "]";
    }
}
