package io.mithril.crypto.ed25519;

import io.mithril.crypto.internal.JsonHex;
import java.security.SecureRandom;
import org.bouncycastle.crypto.engines.ChaChaEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 signing key, held as its 32-byte RFC 8032 seed. The reference stores secret keys (genesis, era,
 * ancillary) as the JSON-hex of that seed and accepts plain hex of the 32 bytes on input.
 */
public final class Ed25519SigningKey {
    public static final int SIZE = 32;

    private final byte[] seed;
    private final Ed25519VerificationKey verificationKey;

    private Ed25519SigningKey(byte[] seed) {
        this.seed = seed;
        byte[] pk = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, pk, 0);
        this.verificationKey = Ed25519VerificationKey.fromBytes(pk);
    }

    /** A fresh random key. */
    public static Ed25519SigningKey generate(SecureRandom random) {
        byte[] seed = new byte[SIZE];
        random.nextBytes(seed);
        return new Ed25519SigningKey(seed);
    }

    /** The key of the given 32-byte seed. */
    public static Ed25519SigningKey fromSeed(byte[] seed) {
        if (seed == null || seed.length != SIZE) {
            throw new IllegalArgumentException("Ed25519 seed must be " + SIZE + " bytes");
        }
        return new Ed25519SigningKey(seed.clone());
    }

    /**
     * The key the reference's deterministic test helpers derive: the first 32 bytes drawn from Rust's
     * {@code ChaCha20Rng::from_seed(rngSeed)} (ChaCha20, zero nonce, counter 0) used as the Ed25519 seed. With a zero
     * seed this is the devnet genesis/era/ancillary test key.
     */
    public static Ed25519SigningKey fromChaCha20RngSeed(byte[] rngSeed) {
        if (rngSeed == null || rngSeed.length != 32) {
            throw new IllegalArgumentException("ChaCha20Rng seed must be 32 bytes");
        }
        ChaChaEngine chacha = new ChaChaEngine(20);
        chacha.init(true, new ParametersWithIV(new KeyParameter(rngSeed), new byte[8]));
        byte[] seed = new byte[SIZE];
        chacha.processBytes(new byte[SIZE], 0, SIZE, seed, 0);
        return new Ed25519SigningKey(seed);
    }

    /** Decodes the JSON-hex of the seed array, or plain hex of the 32 bytes (the reference's fallback). */
    public static Ed25519SigningKey decode(String text) {
        String hex = text.trim();
        if (JsonHex.looksLikeJsonHex(hex) && hex.length() != 2 * SIZE) {
            return new Ed25519SigningKey(JsonHex.decodeByteArray(hex, SIZE));
        }
        return fromSeed(JsonHex.decodeHex(hex));
    }

    public Ed25519VerificationKey verificationKey() {
        return verificationKey;
    }

    /** Deterministic RFC 8032 signature (same bytes as ed25519-dalek). */
    public Ed25519Signature sign(byte[] message) {
        byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, verificationKey.rawBytes(), 0, message, 0, message.length, sig, 0);
        return Ed25519Signature.fromBytes(sig);
    }

    /** The 32-byte seed (secret: handle with care). */
    public byte[] seed() {
        return seed.clone();
    }

    /** JSON-hex of the seed array: the reference's secret-key file form. */
    public String toJsonHex() {
        return JsonHex.encodeByteArray(seed);
    }

    @Override
    public String toString() {
        return "Ed25519SigningKey[vk=" + verificationKey.toHex() + "]";
    }
}
