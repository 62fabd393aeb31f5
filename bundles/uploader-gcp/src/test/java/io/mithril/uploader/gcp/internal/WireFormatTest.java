package io.mithril.uploader.gcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Encodings that must match Google's expectations byte for byte. */
class WireFormatTest {
    @Test
    void objectNamesUseTheReferenceEncodeSet() {
        // NON_ALPHANUMERIC minus * - . _ (the reference's gcp_percent_encode)
        assertEquals("cardano-database%2Fimmutable%2F00001.tar.zst",
                GcsClient.encode("cardano-database/immutable/00001.tar.zst"));
        assertEquals("a*b-c.d_e%7Ef%20g%2Bh%C3%A9", GcsClient.encode("a*b-c.d_e~f g+h\u00e9"));
    }

    @Test
    void theAssertionIsAnRs256JwtOverItsFirstTwoParts() throws Exception {
        ServiceAccountCredentials credentials = ServiceAccountCredentials.parse(
                TestCredentials.json("https://oauth2.googleapis.com/token"));
        String jwt = JwtAssertion.sign(credentials, AccessTokens.SCOPE, Instant.ofEpochSecond(1_700_000_000L));
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length);
        assertTrue(jwt.indexOf('=') < 0, "base64url without padding");

        Signature verify = Signature.getInstance("SHA256withRSA");
        verify.initVerify(TestCredentials.KEYS.getPublic());
        verify.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verify.verify(Base64.getUrlDecoder().decode(parts[2])));

        ObjectMapper json = new ObjectMapper();
        JsonNode header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("RS256", header.get("alg").asText());
        assertEquals("JWT", header.get("typ").asText());
        assertEquals(FakeGcs.EMAIL, claims.get("iss").asText());
        assertEquals("https://oauth2.googleapis.com/token", claims.get("aud").asText());
        assertEquals("https://www.googleapis.com/auth/devstorage.full_control", claims.get("scope").asText());
        assertEquals(1_700_000_000L, claims.get("iat").asLong());
        assertEquals(1_700_003_600L, claims.get("exp").asLong());
    }

    @Test
    void theTokenUriDefaultsToGooglesAndCredentialsNeverPrintTheirKey() {
        String json = TestCredentials.json("x").replace(",\"token_uri\":\"x\"", "");
        ServiceAccountCredentials credentials = ServiceAccountCredentials.parse(json);
        assertEquals("https://oauth2.googleapis.com/token", credentials.tokenUri().toString());
        assertTrue(!credentials.toString().contains("PRIVATE") && credentials.toString().contains(FakeGcs.EMAIL));
    }
}
