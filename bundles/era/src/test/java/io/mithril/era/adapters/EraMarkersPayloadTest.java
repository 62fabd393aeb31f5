package io.mithril.era.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.era.EraMarker;
import io.mithril.era.TestKeys;

class EraMarkersPayloadTest {
    private static final List<EraMarker> GOLDEN_MARKERS =
            List.of(EraMarker.at("thales", 1), EraMarker.at("pythagoras", 2));

    @Test
    void signedMessageIsTheCompactSerdeJsonOfTheMarkers() {
        assertEquals("[{\"name\":\"thales\",\"epoch\":1},{\"name\":\"pythagoras\",\"epoch\":2}]",
                new String(EraMarkersPayload.messageToSign(GOLDEN_MARKERS), StandardCharsets.UTF_8));
        assertEquals("[{\"name\":\"pythagoras\",\"epoch\":0},{\"name\":\"lagrange\",\"epoch\":null}]",
                EraMarkersJson.write(List.of(EraMarker.at("pythagoras", 0), EraMarker.unscheduled("lagrange"))));
    }

    @Test
    void deterministicKeyIsTheReferenceTestKey() {
        // seed = ChaCha20 zero keystream (76b8e0ad…0dc7), vk = the devnet genesis vk of the reference's fake keys
        assertTrue(java.util.HexFormat.of().formatHex(TestKeys.deterministicSigner().seed()).startsWith("76b8e0ad"));
        assertEquals(TestKeys.referenceVerificationKey(), TestKeys.deterministicSigner().verificationKey());
    }

    @Test
    void signatureReproducesTheRustGolden() {
        EraMarkersPayload payload = EraMarkersPayload.sign(GOLDEN_MARKERS, TestKeys.deterministicSigner());
        String signature = payload.signature().orElseThrow();
        // aggregator.md §7: the Rust golden signature is c5979e33…fee70e
        assertEquals(128, signature.length());
        assertTrue(signature.startsWith("c5979e33"), signature);
        assertTrue(signature.endsWith("fee70e"), signature);
        assertTrue(payload.verify(TestKeys.referenceVerificationKey()));
    }

    @Test
    void tamperedOrUnsignedPayloadsDoNotVerify() {
        EraMarkersPayload signed = EraMarkersPayload.sign(GOLDEN_MARKERS, TestKeys.deterministicSigner());
        EraMarkersPayload tampered = new EraMarkersPayload(
                List.of(EraMarker.at("thales", 1), EraMarker.at("pythagoras", 3)), signed.signature());
        assertFalse(tampered.verify(TestKeys.referenceVerificationKey()));
        assertFalse(new EraMarkersPayload(GOLDEN_MARKERS, Optional.empty())
                .verify(TestKeys.referenceVerificationKey()));
        assertFalse(new EraMarkersPayload(GOLDEN_MARKERS, Optional.of("zz"))
                .verify(TestKeys.referenceVerificationKey()));
        Ed25519SigningKey other = Ed25519SigningKey.fromSeed(new byte[32]);
        assertFalse(signed.verify(other.verificationKey()));
    }

    @Test
    void jsonHexRoundTrip() {
        EraMarkersPayload signed = EraMarkersPayload.sign(GOLDEN_MARKERS, TestKeys.deterministicSigner());
        String json = signed.toJson();
        assertTrue(json.startsWith("{\"markers\":[{\"name\":\"thales\",\"epoch\":1},"), json);
        assertTrue(json.endsWith(",\"signature\":\"" + signed.signature().orElseThrow() + "\"}"), json);
        assertEquals(signed, EraMarkersPayload.fromJsonHex(signed.toJsonHex()));
    }

    @Test
    void decodingRejectsMalformedPayloads() {
        String notHex = "xyz";
        assertThrows(IllegalArgumentException.class, () -> EraMarkersPayload.fromJsonHex(notHex));
        String notObject = java.util.HexFormat.of().formatHex("[1]".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> EraMarkersPayload.fromJsonHex(notObject));
        String badEpoch = java.util.HexFormat.of().formatHex(
                "{\"markers\":[{\"name\":\"a\",\"epoch\":-1}],\"signature\":null}".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> EraMarkersPayload.fromJsonHex(badEpoch));
    }
}
