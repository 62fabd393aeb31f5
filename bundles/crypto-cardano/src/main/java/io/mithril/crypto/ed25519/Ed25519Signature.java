package io.mithril.crypto.ed25519;

import io.mithril.crypto.internal.JsonHex;
import java.util.Arrays;
import org.bouncycastle.util.encoders.Hex;

/**
 * A 64-byte Ed25519 signature. The reference writes it as raw hex (genesis certificates, era markers, ancillary
 * manifests) and also accepts the JSON-hex of its byte array on input.
 */
public final class Ed25519Signature {
    public static final int SIZE = 64;

    private final byte[] bytes;

    private Ed25519Signature(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps the 64 raw bytes. */
    public static Ed25519Signature fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != SIZE) {
            throw new IllegalArgumentException("Ed25519 signature must be " + SIZE + " bytes");
        }
        return new Ed25519Signature(bytes.clone());
    }

    /** Decodes raw hex (128 chars) or, as the reference's fallback, the JSON-hex of the byte array. */
    public static Ed25519Signature decode(String text) {
        String hex = text.trim();
        if (hex.length() == 2 * SIZE) {
            return fromBytes(JsonHex.decodeHex(hex));
        }
        return fromBytes(JsonHex.decodeByteArray(hex, SIZE));
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    /** Raw lowercase hex, 128 characters: the form written in certificates and manifests. */
    public String toHex() {
        return Hex.toHexString(bytes);
    }

    /** JSON-hex of the byte array. */
    public String toJsonHex() {
        return JsonHex.encodeByteArray(bytes);
    }

    byte[] rawBytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ed25519Signature && Arrays.equals(bytes, ((Ed25519Signature) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Ed25519Signature[" + toHex() + "]";
    }
}
