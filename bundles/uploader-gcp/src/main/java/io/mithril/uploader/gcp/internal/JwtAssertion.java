package io.mithril.uploader.gcp.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The signed JWT a service account exchanges for an access token (RFC 7523, Google's "OAuth 2.0 for server to
 * server applications"): RS256 over {@code base64url(header).base64url(claims)}, claims {@code iss} (the account's
 * e-mail), {@code scope}, {@code aud} (the token URI), {@code iat} and {@code exp} (one hour later, the maximum).
 */
final class JwtAssertion {
    static final Duration LIFETIME = Duration.ofHours(1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private JwtAssertion() {
    }

    static String sign(ServiceAccountCredentials credentials, String scope, Instant now) {
        ObjectNode header = JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT");
        if (credentials.privateKeyId() != null) {
            header.put("kid", credentials.privateKeyId());
        }
        long issuedAt = now.getEpochSecond();
        ObjectNode claims = JSON.createObjectNode()
                .put("iss", credentials.clientEmail())
                .put("scope", scope)
                .put("aud", credentials.tokenUri().toString())
                .put("iat", issuedAt)
                .put("exp", issuedAt + LIFETIME.toSeconds());
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(credentials.privateKey());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the service account assertion", e);
        }
    }

    private static String encode(ObjectNode json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
