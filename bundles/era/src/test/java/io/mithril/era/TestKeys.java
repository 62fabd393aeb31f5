package io.mithril.era;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.crypto.ed25519.Ed25519VerificationKey;

/** The reference's deterministic era-markers key and the copied test vectors. */
public final class TestKeys {
    private TestKeys() {
    }

    /** <code>EraMarkersSigner::create_deterministic_signer()</code>: ChaCha20Rng with a zero seed. */
    public static Ed25519SigningKey deterministicSigner() {
        return Ed25519SigningKey.fromChaCha20RngSeed(new byte[32]);
    }

    /** The devnet genesis vk of the reference's fake keys (the same deterministic key), from the copied vector. */
    public static Ed25519VerificationKey referenceVerificationKey() {
        JsonNode bytes = resource("vectors/fake_genesis_keys.json").get("genesis_verification_key_devnet_bytes");
        byte[] vk = new byte[bytes.size()];
        for (int i = 0; i < vk.length; i++) {
            vk[i] = (byte) bytes.get(i).intValue();
        }
        return Ed25519VerificationKey.fromBytes(vk);
    }

    public static JsonNode resource(String name) {
        try (InputStream in = TestKeys.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
