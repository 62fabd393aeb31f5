package io.mithril.uploader.gcp.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A service-account key made for the tests: an RSA key pair and the credentials JSON Google would hand out. */
final class TestCredentials {
    static final KeyPair KEYS = generate();
    static final KeyPair OTHER_KEYS = generate();

    private TestCredentials() {
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(KeyPair keys) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    /** The JSON of a service account key file, with the given token endpoint. */
    static String json(String tokenUri, KeyPair keys) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("type", "service_account");
        json.put("project_id", "test-project");
        json.put("private_key_id", "0123456789abcdef0123456789abcdef01234567");
        json.put("private_key", pem(keys));
        json.put("client_email", FakeGcs.EMAIL);
        json.put("client_id", "100000000000000000000");
        json.put("auth_uri", "https://accounts.google.com/o/oauth2/auth");
        json.put("token_uri", tokenUri);
        try {
            return new ObjectMapper().writeValueAsString(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(String tokenUri) {
        return json(tokenUri, KEYS);
    }
}
