package io.mithril.uploader.gcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OSGi-facing component: configuration, the credentials variable, and clear errors when they are wrong. */
class GcpUploaderComponentTest {
    private static final String BUCKET = "mithril-test-bucket";

    @TempDir
    Path tmp;

    private FakeGcs gcs;
    private final Map<String, Object> config = new HashMap<>();

    @BeforeEach
    void start() throws IOException {
        gcs = new FakeGcs(TestCredentials.KEYS.getPublic(), BUCKET);
        config.put("snapshot_uploader_type", "gcp");
        config.put("snapshot_bucket_name", BUCKET);
        config.put("gcp_storage_api_url", gcs.url());
    }

    @AfterEach
    void stop() {
        gcs.close();
    }

    private GcpUploaderComponent component(String credentials) {
        Environment environment = name -> name.equals("GOOGLE_APPLICATION_CREDENTIALS_JSON")
                ? Optional.ofNullable(credentials) : Optional.empty();
        return new GcpUploaderComponent(config, environment, new RetryPolicy(3, Duration.ZERO, d -> { }));
    }

    private String activationError(String credentials) {
        return assertThrows(RuntimeException.class, () -> component(credentials)).getMessage();
    }

    @Test
    void uploadsWithTheCredentialsFromTheEnvironment() throws IOException {
        GcpUploaderComponent component = component(TestCredentials.json(gcs.tokenUri()));
        Path file = Files.writeString(tmp.resolve("d.tar.zst"), "digests");
        URI uri = component.upload(file, "cardano-database/digests/devnet-e19-i4.digests.tar.zst");
        assertEquals(URI.create("https://storage.googleapis.com/" + BUCKET
                + "/cardano-database/digests/devnet-e19-i4.digests.tar.zst"), uri);
        assertEquals(List.of("cardano-database/digests/devnet-e19-i4.digests.tar.zst allUsers READER"),
                gcs.aclInsertions());
    }

    @Test
    void aMissingVariableIsNamed() {
        String message = activationError(null);
        assertTrue(message.contains("GOOGLE_APPLICATION_CREDENTIALS_JSON"), message);
        assertTrue(activationError("  ").contains("GOOGLE_APPLICATION_CREDENTIALS_JSON"));
    }

    @Test
    void badCredentialsJsonGivesAClearErrorWithoutTheKey() {
        String good = TestCredentials.json(gcs.tokenUri());
        String truncated = good.substring(0, good.length() - 10);
        String message = activationError(truncated);
        assertTrue(message.startsWith("invalid GOOGLE_APPLICATION_CREDENTIALS_JSON: credentials are not valid JSON"),
                message);
        assertFalse(message.contains("PRIVATE KEY") || message.contains("MII"), "the key leaked: " + message);

        assertEquals("invalid GOOGLE_APPLICATION_CREDENTIALS_JSON: credentials field 'private_key' is missing",
                activationError(good.replaceFirst("\"private_key\"", "\"other_key\"")));
        assertEquals("invalid GOOGLE_APPLICATION_CREDENTIALS_JSON: credentials field 'client_email' is missing",
                activationError(good.replace("\"client_email\"", "\"email\"")));
        assertTrue(activationError(good.replace("\"service_account\"", "\"authorized_user\""))
                .contains("type 'authorized_user' are not supported"));
        assertTrue(activationError(good.replace("BEGIN PRIVATE KEY", "BEGIN RSA PRIVATE KEY"))
                .contains("must be a PKCS#8 PEM key"));
        String garbled = good.replaceFirst("-----\\\\n[A-Za-z0-9+/]{20}", "-----\\\\n!!!!!!!!!!!!!!!!!!!!");
        assertEquals("invalid GOOGLE_APPLICATION_CREDENTIALS_JSON: credentials field 'private_key' is not a"
                + " readable RSA key", activationError(garbled));
        assertEquals("invalid GOOGLE_APPLICATION_CREDENTIALS_JSON: credentials must be a JSON object",
                activationError("[1, 2]"));
    }

    @Test
    void theBucketIsRequired() {
        config.remove("snapshot_bucket_name");
        String message = activationError(TestCredentials.json(gcs.tokenUri()));
        assertTrue(message.contains("snapshot_bucket_name"), message);
    }

    @Test
    void unselectedItActivatesUnconfiguredAndOnlyAnUploadReportsWhatIsMissing() throws IOException {
        config.clear();
        config.put("snapshot_uploader_type", "local");
        GcpUploaderComponent component = component(null);
        Path file = Files.writeString(tmp.resolve("a"), "a");
        IOException e = assertThrows(IOException.class,
                () -> component.upload(file, "cardano-database/ancillary/a.tar.zst"));
        assertTrue(e.getMessage().startsWith("the gcp uploader is not usable: "), e.getMessage());
        assertTrue(e.getMessage().contains("snapshot_bucket_name"), e.getMessage());
    }

    @Test
    void aConfigurationChangeIsAppliedAndCheckedWhenSelected() throws IOException {
        config.put("snapshot_uploader_type", "local");
        GcpUploaderComponent component = component(TestCredentials.json(gcs.tokenUri()));
        config.put("snapshot_uploader_type", "gcp");
        config.put("snapshot_use_cdn_domain", true);
        config.put("snapshot_bucket_name", "cdn.example");
        component.modified(config);
        Path file = Files.writeString(tmp.resolve("a"), "a");
        // The fake serves another bucket: the upload reaches it and is refused there, after the URL was built.
        IOException e = assertThrows(IOException.class,
                () -> component.upload(file, "cardano-database/ancillary/a.tar.zst"));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());

        config.remove("snapshot_bucket_name");
        assertThrows(IllegalArgumentException.class, () -> component.modified(config));
    }
}
