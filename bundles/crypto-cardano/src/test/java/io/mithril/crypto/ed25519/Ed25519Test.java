package io.mithril.crypto.ed25519;

import static io.mithril.crypto.testsupport.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.testsupport.TestData;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class Ed25519Test {
    private static final JsonNode GENESIS_KEYS = TestData.json("vectors/certificates/fake_genesis_keys.json");

    @Test
    void ancillaryKeyPairAndJsonHexMatchTheRustGolden() {
        JsonNode v = TestData.json("vectors/cardano/ancillary_manifest_ed25519.json");
        Ed25519SigningKey sk = Ed25519SigningKey.fromSeed(hex(v.get("secret_key_seed_hex").asText()));
        assertEquals(v.get("verification_key_hex").asText(), sk.verificationKey().toHex());
        assertEquals(v.get("verification_key_json_hex").asText(), sk.verificationKey().toJsonHex());
        assertEquals(sk.verificationKey(), Ed25519VerificationKey.decode(v.get("verification_key_json_hex").asText()));
        assertEquals(sk.verificationKey(), Ed25519VerificationKey.decode(v.get("verification_key_hex").asText()));
        // secret key file form (JSON-hex of the seed) and its plain-hex fallback decode to the same key
        assertEquals(sk.verificationKey(), Ed25519SigningKey.decode(sk.toJsonHex()).verificationKey());
        assertEquals(sk.verificationKey(), Ed25519SigningKey.decode(v.get("secret_key_seed_hex").asText()).verificationKey());
    }

    @Test
    void ancillaryManifestHashAndSignatureMatchTheVector() {
        JsonNode v = TestData.json("vectors/cardano/ancillary_manifest_ed25519.json");
        JsonNode manifest = v.get("ancillary_manifest_json");
        Map<String, String> data = new TreeMap<>();
        manifest.get("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
        assertEquals(v.get("manifest_hash_hex").asText(), hex(AncillaryManifestSignature.hash(data)));

        Ed25519SigningKey sk = Ed25519SigningKey.fromSeed(hex(v.get("secret_key_seed_hex").asText()));
        Ed25519Signature expected = Ed25519Signature.decode(manifest.get("signature").asText());
        assertEquals(expected, AncillaryManifestSignature.sign(sk, data));
        assertTrue(AncillaryManifestSignature.verify(sk.verificationKey(), data, expected));

        data.put("ledger/1234/meta", "00" + data.get("ledger/1234/meta").substring(2));
        assertFalse(AncillaryManifestSignature.verify(sk.verificationKey(), data, expected));
    }

    @Test
    void manifestPathsAreOrderedComponentWiseLikeRustPathBuf() {
        List<String> paths = new ArrayList<>(List.of("a.b/c", "a/b", "a-b", "a"));
        paths.sort(AncillaryManifestSignature.PATH_ORDER);
        // "a" < "a-b" < "a.b" by component bytes; "a/b" has first component "a", so it follows "a" directly
        assertEquals(List.of("a", "a/b", "a-b", "a.b/c"), paths);
    }

    @Test
    void genesisVerificationKeysDecodeAndReencodeIdentically() {
        JsonNode keys = GENESIS_KEYS.get("genesis_verification_key");
        byte[] devnet = new byte[32];
        for (int i = 0; i < 32; i++) {
            devnet[i] = (byte) GENESIS_KEYS.get("genesis_verification_key_devnet_bytes").get(i).asInt();
        }
        Ed25519VerificationKey vk0 = Ed25519VerificationKey.decode(keys.get(0).asText());
        assertArrayEquals(devnet, vk0.toBytes());
        for (JsonNode key : keys) {
            assertEquals(key.asText(), Ed25519VerificationKey.decode(key.asText()).toJsonHex());
        }
        for (JsonNode sig : GENESIS_KEYS.get("genesis_signature")) {
            Ed25519Signature s = Ed25519Signature.decode(sig.asText());
            assertEquals(sig.asText(), s.toHex());
            assertEquals(s, Ed25519Signature.decode(s.toJsonHex()));
        }
    }

    @Test
    void deterministicChaCha20KeyIsTheDevnetGenesisKey() {
        Ed25519SigningKey key = Ed25519SigningKey.fromChaCha20RngSeed(new byte[32]);
        String seed = hex(key.seed());
        // spec: seed 76b8e0ad…0dc7 (ChaCha20 zero keystream) → vk = fake_keys genesis_verification_key()[0]
        assertTrue(seed.startsWith("76b8e0ad") && seed.endsWith("0dc7"), seed);
        assertEquals(GENESIS_KEYS.get("genesis_verification_key").get(0).asText(), key.verificationKey().toJsonHex());
    }

    @Test
    void eraMarkersSignatureMatchesTheRustGoldenPrefixAndSuffix() {
        Ed25519SigningKey key = Ed25519SigningKey.fromChaCha20RngSeed(new byte[32]);
        byte[] markers = "[{\"name\":\"thales\",\"epoch\":1},{\"name\":\"pythagoras\",\"epoch\":2}]"
                .getBytes(StandardCharsets.UTF_8);
        String sig = key.sign(markers).toHex();
        // aggregator.md §7 quotes the Rust golden as c5979e33…fee70e
        assertTrue(sig.startsWith("c5979e33") && sig.endsWith("fee70e"), sig);
        assertTrue(key.verificationKey().verify(markers, key.sign(markers)));
    }

    @Test
    void devnetGenesisCertificateSignatureVerifies() {
        JsonNode certs = TestData.json("devnet-chain/certificates-subset.json");
        Ed25519VerificationKey vk = Ed25519VerificationKey.decode(GENESIS_KEYS.get("genesis_verification_key").get(0).asText());
        int genesis = 0;
        for (JsonNode cert : certs) {
            String sig = cert.get("genesis_signature").asText();
            if (sig.isEmpty()) {
                continue;
            }
            genesis++;
            byte[] signed = cert.get("signed_message").asText().getBytes(StandardCharsets.US_ASCII);
            assertTrue(vk.verify(signed, Ed25519Signature.decode(sig)), cert.get("hash").asText());
            signed[0] ^= 1;
            assertFalse(vk.verify(signed, Ed25519Signature.decode(sig)));
        }
        assertEquals(1, genesis);
    }

    @Test
    void tamperedSignaturesKeysAndMessagesAreRejected() {
        Ed25519SigningKey key = Ed25519SigningKey.generate(new SecureRandom());
        byte[] message = "message".getBytes(StandardCharsets.UTF_8);
        Ed25519Signature sig = key.sign(message);
        assertTrue(key.verificationKey().verify(message, sig));

        for (int bit = 0; bit < 512; bit += 37) {
            byte[] flipped = sig.toBytes();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            assertFalse(key.verificationKey().verify(message, Ed25519Signature.fromBytes(flipped)), "bit " + bit);
        }
        Ed25519VerificationKey other = Ed25519SigningKey.generate(new SecureRandom()).verificationKey();
        assertFalse(other.verify(message, sig));
        assertFalse(key.verificationKey().verify("messagf".getBytes(StandardCharsets.UTF_8), sig));
    }

    @Test
    void nonCanonicalScalarIsRejected() {
        Ed25519SigningKey key = Ed25519SigningKey.generate(new SecureRandom());
        byte[] message = "malleable".getBytes(StandardCharsets.UTF_8);
        byte[] sig = key.sign(message).toBytes();
        // S + L is the classic malleated signature: equal modulo L, rejected by strict verifiers
        BigInteger l = BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
        BigInteger s = littleEndian(sig, 32).add(l);
        byte[] malleated = sig.clone();
        System.arraycopy(toLittleEndian32(s), 0, malleated, 32, 32); // S < L < 2^253, so S + L fits in 32 bytes
        assertFalse(key.verificationKey().verify(message, Ed25519Signature.fromBytes(malleated)));
    }

    @Test
    void smallOrderKeysAreRejectedLikeVerifyStrict() {
        // identity point (y = 1) and the order-2 point (y = -1): with R = identity and S = 0, the cofactorless
        // equation holds for every message, which verify_strict refuses
        byte[] identity = new byte[32];
        identity[0] = 1;
        byte[] sig = new byte[64];
        sig[0] = 1;
        byte[] message = "anything".getBytes(StandardCharsets.UTF_8);
        assertFalse(Ed25519VerificationKey.fromBytes(identity).verify(message, Ed25519Signature.fromBytes(sig)));
        byte[] order8 = hex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a");
        assertTrue(Ed25519Strictness.hasSmallOrder(order8, 0));
        assertTrue(Ed25519Strictness.hasSmallOrder(identity, 0));
        assertFalse(Ed25519Strictness.hasSmallOrder(Ed25519SigningKey.generate(new SecureRandom()).verificationKey().toBytes(), 0));
    }

    @Test
    void malformedEncodingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Ed25519VerificationKey.fromBytes(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Signature.fromBytes(new byte[63]));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Signature.decode("zz"));
        assertThrows(IllegalArgumentException.class, () -> Ed25519VerificationKey.decode("5b312c325d")); // [1,2]
        assertThrows(IllegalArgumentException.class, () -> Ed25519SigningKey.decode("5b3235362c305d")); // [256,0]
    }

    private static BigInteger littleEndian(byte[] bytes, int offset) {
        byte[] be = new byte[32];
        for (int i = 0; i < 32; i++) {
            be[31 - i] = bytes[offset + i];
        }
        return new BigInteger(1, be);
    }

    private static byte[] toLittleEndian32(BigInteger value) {
        byte[] le = new byte[32];
        byte[] be = value.toByteArray();
        for (int i = 0; i < be.length && i < 33; i++) {
            int target = be.length - 1 - i;
            if (i < 32) {
                le[i] = be[target];
            }
        }
        return le;
    }
}
