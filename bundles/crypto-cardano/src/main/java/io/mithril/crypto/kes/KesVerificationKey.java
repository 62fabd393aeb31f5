package io.mithril.crypto.kes;

import io.mithril.crypto.ed25519.Ed25519Signature;
import io.mithril.crypto.ed25519.Ed25519VerificationKey;
import io.mithril.crypto.internal.JsonHex;
import io.mithril.crypto.kes.internal.SumKes;
import java.security.MessageDigest;
import java.util.Arrays;
import org.bouncycastle.util.encoders.Hex;

/** A 32-byte Sum6 KES verification key (the root of the key tree). */
public final class KesVerificationKey {
    public static final int SIZE = 32;

    private final byte[] bytes;

    private KesVerificationKey(byte[] bytes) {
        this.bytes = bytes;
    }

    public static KesVerificationKey fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != SIZE) {
            throw new IllegalArgumentException("KES verification key must be " + SIZE + " bytes");
        }
        return new KesVerificationKey(bytes.clone());
    }

    /** Decodes the JSON-hex of the byte array or plain hex of the 32 bytes. */
    public static KesVerificationKey decode(String text) {
        String hex = text.trim();
        if (JsonHex.looksLikeJsonHex(hex) && hex.length() != 2 * SIZE) {
            return fromBytes(JsonHex.decodeByteArray(hex, SIZE));
        }
        return fromBytes(JsonHex.decodeHex(hex));
    }

    /**
     * Verifies a Sum6 signature at KES evolution {@code period} (0..63, counted from the opcert's start period).
     *
     * @throws KesVerificationException with the failing check
     */
    public void verify(int period, byte[] message, KesSignature signature) throws KesVerificationException {
        if (period < 0 || period >= KesSecretKey.PERIODS) {
            throw new KesVerificationException(KesVerificationException.Reason.PERIOD_OUT_OF_RANGE,
                    "KES period " + period + " outside 0.." + (KesSecretKey.PERIODS - 1));
        }
        byte[] sig = signature.rawBytes();
        byte[] expected = bytes;
        int t = period;
        // Walk from the root to the leaf: each level carries the two child keys after the lower-level signature.
        for (int depth = KesSecretKey.DEPTH; depth > 0; depth--) {
            int pks = SumKes.signatureSize(depth - 1);
            byte[] pair = SumKes.hashPair(sig, pks, sig, pks + SumKes.VK_SIZE);
            if (!MessageDigest.isEqual(pair, expected)) {
                throw new KesVerificationException(KesVerificationException.Reason.VERIFICATION_KEY_MISMATCH,
                        "KES key hash mismatch at depth " + depth);
            }
            int half = 1 << (depth - 1);
            boolean right = t >= half;
            expected = Arrays.copyOfRange(sig, pks + (right ? SumKes.VK_SIZE : 0), pks + (right ? 2 : 1) * SumKes.VK_SIZE);
            t = right ? t - half : t;
        }
        Ed25519VerificationKey leaf = Ed25519VerificationKey.fromBytes(expected);
        if (!leaf.verify(message, Ed25519Signature.fromBytes(Arrays.copyOf(sig, Ed25519Signature.SIZE)))) {
            throw new KesVerificationException(KesVerificationException.Reason.ED25519_SIGNATURE_INVALID,
                    "KES leaf Ed25519 signature invalid at period " + period);
        }
    }

    /** Boolean form of {@link #verify}. */
    public boolean isValid(int period, byte[] message, KesSignature signature) {
        try {
            verify(period, message, signature);
            return true;
        } catch (KesVerificationException e) {
            return false;
        }
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    public String toHex() {
        return Hex.toHexString(bytes);
    }

    /** JSON-hex of the byte array (serde form of the Rust {@code PublicKey}). */
    public String toJsonHex() {
        return JsonHex.encodeByteArray(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KesVerificationKey && Arrays.equals(bytes, ((KesVerificationKey) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "KesVerificationKey[" + toHex() + "]";
    }
}
