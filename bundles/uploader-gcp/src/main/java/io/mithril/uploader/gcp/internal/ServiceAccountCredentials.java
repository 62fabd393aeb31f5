package io.mithril.uploader.gcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * A Google service-account key, as the JSON file the Cloud console hands out (the content of
 * {@code GOOGLE_APPLICATION_CREDENTIALS_JSON}). Only the fields the OAuth2 JWT-bearer flow needs are kept. Error
 * messages name the faulty field, never the key material.
 */
record ServiceAccountCredentials(String clientEmail, String privateKeyId, PrivateKey privateKey, URI tokenUri) {
    static final String DEFAULT_TOKEN_URI = "https://oauth2.googleapis.com/token";
    private static final ObjectMapper JSON = new ObjectMapper();

    static ServiceAccountCredentials parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            // The parser's message may quote the input, which holds the private key: keep only the position.
            throw new IllegalArgumentException("credentials are not valid JSON (at " + location(e) + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("credentials must be a JSON object");
        }
        String type = text(root, "type", false);
        if (type != null && !type.equals("service_account")) {
            throw new IllegalArgumentException("credentials of type '" + type + "' are not supported: a service"
                    + " account key (type 'service_account') is needed");
        }
        String tokenUri = text(root, "token_uri", false);
        URI token;
        try {
            token = URI.create(tokenUri == null ? DEFAULT_TOKEN_URI : tokenUri);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("credentials field 'token_uri' is not a URL: '" + tokenUri + "'");
        }
        return new ServiceAccountCredentials(text(root, "client_email", true), text(root, "private_key_id", false),
                privateKey(text(root, "private_key", true)), token);
    }

    private static String location(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                ? "line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr()
                : "unknown position";
    }

    private static String text(JsonNode root, String field, boolean required) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull() || node.asText().isBlank()) {
            if (required) {
                throw new IllegalArgumentException("credentials field '" + field + "' is missing");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException("credentials field '" + field + "' must be a string");
        }
        return node.asText();
    }

    /** A PKCS#8 PEM RSA key ({@code -----BEGIN PRIVATE KEY-----}), the form Google issues. */
    private static PrivateKey privateKey(String pem) {
        if (!pem.contains("-----BEGIN PRIVATE KEY-----") || !pem.contains("-----END PRIVATE KEY-----")) {
            throw new IllegalArgumentException("credentials field 'private_key' must be a PKCS#8 PEM key"
                    + " (-----BEGIN PRIVATE KEY-----)");
        }
        String base64 = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27,
                pem.indexOf("-----END PRIVATE KEY-----")).replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("credentials field 'private_key' is not a readable RSA key");
        }
    }

    @Override
    public String toString() {
        return "ServiceAccountCredentials[" + clientEmail + ", token_uri=" + tokenUri + "]";
    }
}
