package io.mithril.crypto.kes;

import static io.mithril.crypto.testsupport.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.testsupport.TestData;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KesTest {
    private static final byte[] SEED_01 = filled((byte) 1);
    private static final byte[] DUMMY_MESSAGE = "Test message for KES signing".getBytes(StandardCharsets.US_ASCII);

    @Test
    void verificationKeyFromSeedMatchesThePallasVector() {
        JsonNode v = TestData.json("vectors/dmq/pallas_dmq_msg_real.json").get("fields");
        KesSecretKey key = KesSecretKey.fromSeed(SEED_01);
        assertEquals(v.get("opcert").get("kes_vk").asText(), key.verificationKey().toHex());
    }

    @Test
    void verificationKeyFromZeroSeedMatchesTheMithrilOpcertGolden() {
        JsonNode v = TestData.json("vectors/reference/opcert_golden.json");
        // the golden CBOR [bstr32 kesVk, 0, 0, bstr64 sig] carries the KES vk at bytes 3..35
        String kesVk = v.get("opcert_without_cold_vk_cbor_hex").asText().substring(6, 6 + 64);
        assertEquals(kesVk, KesSecretKey.fromSeed(new byte[32]).verificationKey().toHex());
    }

    @Test
    void pallasRealSignatureVerifiesAndIsReproducedBitForBit() throws Exception {
        JsonNode v = TestData.json("vectors/dmq/pallas_dmq_msg_real.json").get("fields");
        KesSignature expected = KesSignature.fromBytes(hex(v.get("kes_signature").asText()));
        KesVerificationKey vk = KesVerificationKey.fromBytes(hex(v.get("opcert").get("kes_vk").asText()));
        vk.verify(1, DUMMY_MESSAGE, expected);
        assertFalse(vk.isValid(0, DUMMY_MESSAGE, expected));

        KesSecretKey key = KesSecretKey.fromSeed(SEED_01);
        key.update();
        assertEquals(expected, key.sign(DUMMY_MESSAGE));
    }

    @Test
    void derivedDmqMessageSignatureVerifiesOverThePayloadBytes() throws Exception {
        JsonNode v = TestData.json("vectors/dmq/derived_valid_mithril_dmq_message.json");
        byte[] payload = hex(v.get("bytes_to_sign").asText());
        KesSignature signature = KesSignature.fromBytes(hex(v.get("kes_signature").asText()));
        KesVerificationKey vk = KesVerificationKey.fromBytes(hex(v.get("opcert").get("kes_vk").asText()));
        int evolution = v.get("kes_evolution_used").asInt();
        vk.verify(evolution, payload, signature);

        KesSecretKey key = KesSecretKey.fromSeed(hex(v.get("kes_seed").asText()));
        key.updateTo(evolution);
        assertEquals(signature, key.sign(payload));
    }

    @Test
    void devnetRegistrationSignaturesRoundTripTheirJsonHexAndVerify() throws Exception {
        JsonNode msds = TestData.json("devnet-chain/mithril-stake-distributions-subset.json");
        int checked = 0;
        for (JsonNode msd : msds) {
            for (JsonNode signer : msd.get("signers")) {
                String sigHex = signer.get("verification_key_signature").asText();
                KesSignature sig = KesSignature.decode(sigHex);
                assertEquals(sigHex, sig.toJsonHex(), "JSON-hex re-encoding must be byte-identical");
                assertEquals(sig, KesSignature.decode(sig.toHex()));

                JsonNode cert = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(TestData.utf8(signer.get("operational_certificate").asText()));
                KesVerificationKey vk = KesVerificationKey.fromBytes(bytes(cert.get(0).get(0)));
                vk.verify(signer.get("kes_period").asInt(), stmVerificationKeyBytes(signer), sig);
                checked++;
            }
        }
        assertEquals(4, checked);
    }

    @Test
    void tamperedSignaturesAreRejectedWithTheFailingCheck() {
        KesSecretKey key = KesSecretKey.fromSeed(SEED_01);
        key.updateTo(5);
        byte[] message = "registration".getBytes(StandardCharsets.UTF_8);
        KesSignature sig = key.sign(message);
        KesVerificationKey vk = key.verificationKey();
        assertTrue(vk.isValid(5, message, sig));

        byte[] inSigma = sig.toBytes();
        inSigma[10] ^= 0x01;
        assertEquals(KesVerificationException.Reason.ED25519_SIGNATURE_INVALID,
                reason(vk, 5, message, KesSignature.fromBytes(inSigma)));
        byte[] inKeys = sig.toBytes();
        inKeys[KesSignature.SIZE - 1] ^= (byte) 0x80;
        assertEquals(KesVerificationException.Reason.VERIFICATION_KEY_MISMATCH,
                reason(vk, 5, message, KesSignature.fromBytes(inKeys)));
        // period 4 shares the path down to the last level (sibling leaf key); period 6 leaves it one level higher
        assertEquals(KesVerificationException.Reason.ED25519_SIGNATURE_INVALID, reason(vk, 4, message, sig));
        assertEquals(KesVerificationException.Reason.VERIFICATION_KEY_MISMATCH, reason(vk, 6, message, sig));
        assertEquals(KesVerificationException.Reason.VERIFICATION_KEY_MISMATCH,
                reason(KesSecretKey.fromSeed(new byte[32]).verificationKey(), 5, message, sig));
        assertEquals(KesVerificationException.Reason.PERIOD_OUT_OF_RANGE, reason(vk, 64, message, sig));
        assertEquals(KesVerificationException.Reason.PERIOD_OUT_OF_RANGE, reason(vk, -1, message, sig));
        byte[] other = message.clone();
        other[0] ^= 1;
        assertEquals(KesVerificationException.Reason.ED25519_SIGNATURE_INVALID, reason(vk, 5, other, sig));
    }

    @Test
    void randomRoundTripsAtSeveralPeriods() {
        Random random = new Random(20240601L);
        int[] periods = {0, 1, 2, 15, 16, 31, 32, 33, 47, 62, 63};
        for (int round = 0; round < 3; round++) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            KesSecretKey key = KesSecretKey.fromSeed(seed);
            KesVerificationKey vk = key.verificationKey();
            for (int period : periods) {
                key.updateTo(period);
                byte[] message = new byte[1 + random.nextInt(300)];
                random.nextBytes(message);
                KesSignature sig = key.sign(message);
                assertTrue(vk.isValid(period, message, sig), "period " + period);
                if (period > 0) {
                    assertFalse(vk.isValid(period - 1, message, sig), "period " + (period - 1));
                }
                if (period < 63) {
                    assertFalse(vk.isValid(period + 1, message, sig), "period " + (period + 1));
                }
                assertEquals(sig, KesSignature.decode(sig.toJsonHex()));
            }
        }
    }

    @Test
    void evolvedKeysMatchKeysRebuiltFromTheirStoredBytes() {
        KesSecretKey evolving = KesSecretKey.fromSeed(SEED_01);
        byte[] cardanoCliLayout = evolving.toBytes();
        assertEquals(KesSecretKey.SIZE, cardanoCliLayout.length);
        byte[] message = "evolve".getBytes(StandardCharsets.UTF_8);
        for (int period = 0; period < KesSecretKey.PERIODS; period++) {
            byte[] stored = evolving.toBytesWithPeriod();
            assertEquals(KesSecretKey.SIZE_WITH_PERIOD, stored.length);
            KesSecretKey restored = KesSecretKey.fromBytes(stored);
            assertEquals(period, restored.period());
            assertEquals(evolving.verificationKey(), restored.verificationKey());
            assertEquals(evolving.sign(message), restored.sign(message));

            // a period-0 key file evolved to the same period gives the same signature (spec: stored-key signing)
            KesSecretKey fromFile = KesSecretKey.fromBytes(cardanoCliLayout);
            fromFile.updateTo(period);
            assertArrayEquals(evolving.toBytesWithPeriod(), fromFile.toBytesWithPeriod());
            if (period < KesSecretKey.PERIODS - 1) {
                evolving.update();
            }
        }
        assertThrows(IllegalStateException.class, evolving::update);
        assertThrows(IllegalArgumentException.class, () -> evolving.updateTo(3));
    }

    @Test
    void evolutionErasesTheSeedsOfPastSubtrees() {
        KesSecretKey key = KesSecretKey.fromSeed(SEED_01);
        key.updateTo(32);
        byte[] stored = key.toBytes();
        // at period 32 the top-level right seed (bytes 416..448) has been consumed and must be zeroed
        int topSeed = KesSecretKey.SIZE - 96;
        assertArrayEquals(new byte[32], Arrays.copyOfRange(stored, topSeed, topSeed + 32));
    }

    @Test
    void malformedEncodingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> KesSignature.fromBytes(new byte[447]));
        assertThrows(IllegalArgumentException.class, () -> KesVerificationKey.fromBytes(new byte[33]));
        assertThrows(IllegalArgumentException.class, () -> KesSecretKey.fromBytes(new byte[609]));
        byte[] badPeriod = KesSecretKey.fromSeed(SEED_01).toBytesWithPeriod();
        badPeriod[KesSecretKey.SIZE + 3] = 64;
        assertThrows(IllegalArgumentException.class, () -> KesSecretKey.fromBytes(badPeriod));
        assertThrows(IllegalArgumentException.class, () -> KesSignature.decode("7b7d")); // {}
    }

    private static KesVerificationException.Reason reason(KesVerificationKey vk, int period, byte[] message,
            KesSignature sig) {
        KesVerificationException e = assertThrows(KesVerificationException.class, () -> vk.verify(period, message, sig));
        return e.reason();
    }

    static byte[] stmVerificationKeyBytes(JsonNode signer) throws Exception {
        JsonNode vk = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(TestData.utf8(signer.get("verification_key").asText()));
        byte[] a = bytes(vk.get("vk"));
        byte[] b = bytes(vk.get("pop"));
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] bytes(JsonNode array) {
        byte[] out = new byte[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) array.get(i).asInt();
        }
        return out;
    }

    private static byte[] filled(byte b) {
        byte[] out = new byte[32];
        Arrays.fill(out, b);
        return out;
    }
}
