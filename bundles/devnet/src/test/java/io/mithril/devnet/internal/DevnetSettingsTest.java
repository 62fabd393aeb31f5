package io.mithril.devnet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DevnetSettingsTest {
    private static JsonNode resource(String name) throws Exception {
        try (InputStream in = DevnetSettingsTest.class.getResourceAsStream("/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theDevnetGenesisKeyIsTheReferenceDevnetGenesisKey() throws Exception {
        JsonNode keys = resource("fake_genesis_keys.json");
        assertEquals(keys.get("genesis_verification_key_devnet").asText(),
                DevnetSettings.DEVNET_GENESIS_KEY.verificationKey().toJsonHex());
        // Ed25519 is deterministic: it must reproduce the reference devnet's genesis signature
        for (JsonNode certificate : resource("devnet-chain/certificates.json")) {
            if (certificate.get("previous_hash").asText().isEmpty()) {
                byte[] signature = DevnetSettings.DEVNET_GENESIS_KEY.sign(
                        certificate.get("signed_message").asText().getBytes(StandardCharsets.US_ASCII)).toBytes();
                assertEquals(certificate.get("genesis_signature").asText(), HexFormat.of().formatHex(signature));
            }
        }
    }

    @Test
    void defaultsAndEndpoint() {
        DevnetSettings settings = DevnetSettings.from(Map.of("chain_observer_type", "devnet"));
        assertEquals(URI.create("http://127.0.0.1:8080/aggregator"), settings.endpoint());
        assertEquals("mithril-devnet", settings.seed());
        assertNull(settings.genesisKeyMismatch());
        assertEquals(URI.create("http://10.1.2.3:9000/aggregator"),
                DevnetSettings.from(Map.of("server_ip", "10.1.2.3", "server_port", 9000)).endpoint());
        assertEquals(URI.create("http://[::1]:8080/aggregator"),
                DevnetSettings.from(Map.of("server_ip", "::")).endpoint());
    }

    @Test
    void aGenesisVerificationKeyOtherThanTheSecretKeysIsReported() throws Exception {
        String other = resource("fake_genesis_keys.json").get("genesis_verification_key").get(1).asText();
        assertTrue(DevnetSettings.from(Map.of("genesis_verification_key", other)).genesisKeyMismatch()
                .startsWith("genesis_verification_key does not match genesis_secret_key"));
        String profileKey = resource("fake_genesis_keys.json").get("genesis_verification_key").get(0).asText();
        assertNull(DevnetSettings.from(Map.of("genesis_verification_key", profileKey)).genesisKeyMismatch());
    }
}
