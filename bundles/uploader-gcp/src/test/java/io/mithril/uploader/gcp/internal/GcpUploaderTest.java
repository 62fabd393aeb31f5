package io.mithril.uploader.gcp.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GCP uploader against a fake token endpoint and Cloud Storage JSON API on loopback. */
class GcpUploaderTest {
    private static final String BUCKET = "mithril-devnet-snapshots";

    @TempDir
    Path tmp;

    private FakeGcs gcs;
    private final List<Duration> sleeps = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.now());
    private final Map<String, Object> config = new HashMap<>();

    @BeforeEach
    void start() throws IOException {
        gcs = new FakeGcs(TestCredentials.KEYS.getPublic(), BUCKET, clock);
        config.put("snapshot_uploader_type", "gcp");
        config.put("snapshot_bucket_name", BUCKET);
        config.put("gcp_storage_api_url", gcs.url());
    }

    @AfterEach
    void stop() {
        gcs.close();
    }

    private GcpUploader uploader() {
        GcpSettings settings = GcpSettings.from(config);
        var client = HttpCalls.newClient();
        AccessTokens tokens = new AccessTokens(ServiceAccountCredentials.parse(TestCredentials.json(gcs.tokenUri())),
                client, clock);
        return new GcpUploader(settings, new GcsClient(settings, tokens, client),
                new RetryPolicy(3, Duration.ofSeconds(5), sleeps::add));
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(tmp.resolve(name), content);
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void uploadsTheFileMakesItPublicAndReturnsItsPublicUrl() throws IOException {
        String name = "cardano-database/ancillary/devnet-e19-i4.ancillary.tar.zst";
        URI uri = uploader().upload(file("a.tar.zst", "ancillary archive"), name);

        assertEquals(URI.create("https://storage.googleapis.com/" + BUCKET + "/" + name), uri);
        assertEquals("ancillary archive", new String(gcs.object(name), StandardCharsets.UTF_8));
        assertEquals(List.of(name + " allUsers READER"), gcs.aclInsertions());
        // The wire format: media upload with the name encoded as a query value, ACL on the encoded object path.
        assertEquals(1, gcs.count("POST /upload/storage/v1/b/" + BUCKET
                + "/o?uploadType=media&name=cardano-database%2Fancillary%2Fdevnet-e19-i4.ancillary.tar.zst"));
        assertEquals(1, gcs.count("POST /storage/v1/b/" + BUCKET
                + "/o/cardano-database%2Fancillary%2Fdevnet-e19-i4.ancillary.tar.zst/acl"));
        assertEquals(0, gcs.count("GET "), "ancillary archives may be overwritten: no existence check");
        assertEquals(List.of(), sleeps);
    }

    @Test
    void theJwtCarriesTheServiceAccountClaims() throws IOException {
        uploader().upload(file("a", "a"), "cardano-database/ancillary/a.tar.zst");
        var assertion = gcs.assertions().get(0);
        assertEquals("RS256", assertion.at("/header/alg").asText());
        assertEquals("0123456789abcdef0123456789abcdef01234567", assertion.at("/header/kid").asText());
        assertEquals(FakeGcs.EMAIL, assertion.at("/claims/iss").asText());
        assertEquals(gcs.tokenUri(), assertion.at("/claims/aud").asText());
        assertEquals(AccessTokens.SCOPE, assertion.at("/claims/scope").asText());
        assertEquals(3600, assertion.at("/claims/exp").asLong() - assertion.at("/claims/iat").asLong());
    }

    @Test
    void withTheCdnDomainTheBucketIsTheHost() throws IOException {
        config.put("snapshot_bucket_name", "cdn.mithril.example");
        gcs.close();
        gcs = new FakeGcs(TestCredentials.KEYS.getPublic(), "cdn.mithril.example");
        config.put("gcp_storage_api_url", gcs.url());
        config.put("snapshot_use_cdn_domain", "true");
        URI uri = uploader().upload(file("d", "d"), "cardano-database/digests/devnet-e19-i4.digests.tar.zst");
        assertEquals(URI.create("https://cdn.mithril.example/cardano-database/digests/devnet-e19-i4.digests.tar.zst"),
                uri);
        assertEquals(1, gcs.count("GET /storage/v1/b/cdn.mithril.example/o/"));
    }

    @Test
    void anImmutableArchiveAlreadyInTheBucketIsReusedNotReplaced() throws IOException {
        String name = "cardano-database/immutable/00004.tar.zst";
        gcs.put(name, "original".getBytes(StandardCharsets.UTF_8));

        URI uri = uploader().upload(file("00004.tar.zst", "rebuilt"), name);

        assertEquals(URI.create("https://storage.googleapis.com/" + BUCKET + "/" + name), uri);
        assertEquals("original", new String(gcs.object(name), StandardCharsets.UTF_8));
        assertEquals(0, gcs.count("POST /upload/"));
        assertEquals(List.of(), gcs.aclInsertions());
        assertEquals(1, gcs.count("GET /storage/v1/b/" + BUCKET + "/o?prefix=cardano-database%2Fimmutable%2F"));
        assertEquals(0, gcs.count("GET /storage/v1/b/" + BUCKET + "/o/"), "the listing already had it");
    }

    @Test
    void theFolderListingIsPagedAndReadOnce() throws IOException {
        for (int i = 1; i <= 5; i++) {
            gcs.put(String.format("cardano-database/immutable/%05d.tar.zst", i), new byte[] {(byte) i});
        }
        gcs.put("cardano-database/ancillary/other.tar.zst", new byte[] {9});
        GcpUploader uploader = uploader();
        for (int i = 1; i <= 5; i++) {
            String name = String.format("cardano-database/immutable/%05d.tar.zst", i);
            uploader.upload(file("f" + i, "new"), name);
            assertArrayEquals(new byte[] {(byte) i}, gcs.object(name));
        }
        assertEquals(3, gcs.count("GET /storage/v1/b/" + BUCKET + "/o?"), "5 names, pages of 2");
        assertEquals(0, gcs.count("GET /storage/v1/b/" + BUCKET + "/o/"));
        assertEquals(0, gcs.count("POST /upload/"));
    }

    @Test
    void aNameMissingFromTheListingIsCheckedAloneThenUploadedOnce() throws IOException {
        GcpUploader uploader = uploader();
        String first = "cardano-database/immutable/00001.tar.zst";
        uploader.upload(file("1", "one"), first);
        // Written by someone else after the listing: the existence check finds it.
        String second = "cardano-database/immutable/00002.tar.zst";
        gcs.put(second, "theirs".getBytes(StandardCharsets.UTF_8));
        uploader.upload(file("2", "ours"), second);
        assertEquals("theirs", new String(gcs.object(second), StandardCharsets.UTF_8));
        // Uploaded once, then remembered: a second upload of the same archive asks nothing.
        int before = gcs.requests().size();
        uploader.upload(file("1", "one"), first);
        assertEquals(before, gcs.requests().size());
        assertEquals(List.of(first + " allUsers READER"), gcs.aclInsertions());
    }

    @Test
    void digestsAreNotOverwrittenButAncillaryArchivesAre() throws IOException {
        String digests = "cardano-database/digests/devnet-e19-i4.digests.tar.zst";
        String ancillary = "cardano-database/ancillary/devnet-e19-i4.ancillary.tar.zst";
        gcs.put(digests, "old".getBytes(StandardCharsets.UTF_8));
        gcs.put(ancillary, "old".getBytes(StandardCharsets.UTF_8));
        GcpUploader uploader = uploader();
        uploader.upload(file("d", "new"), digests);
        uploader.upload(file("a", "new"), ancillary);
        assertEquals("old", new String(gcs.object(digests), StandardCharsets.UTF_8));
        assertEquals("new", new String(gcs.object(ancillary), StandardCharsets.UTF_8));
    }

    @Test
    void theAccessTokenIsReusedUntilShortlyBeforeItExpires() throws IOException {
        GcpUploader uploader = uploader();
        uploader.upload(file("a", "a"), "cardano-database/ancillary/a.tar.zst");
        uploader.upload(file("b", "b"), "cardano-database/ancillary/b.tar.zst");
        assertEquals(1, gcs.count("POST /token"));

        clock.advance(Duration.ofSeconds(3599).minus(AccessTokens.EARLY_RENEWAL).minusSeconds(1));
        uploader.upload(file("c", "c"), "cardano-database/ancillary/c.tar.zst");
        assertEquals(1, gcs.count("POST /token"), "still valid for more than the renewal margin");

        clock.advance(Duration.ofSeconds(2));
        uploader.upload(file("d", "d"), "cardano-database/ancillary/d.tar.zst");
        assertEquals(2, gcs.count("POST /token"), "renewed shortly before expiry");
    }

    @Test
    void aRejectedTokenIsRenewedByTheNextAttempt() throws IOException {
        GcpUploader uploader = uploader();
        uploader.upload(file("a", "a"), "cardano-database/ancillary/a.tar.zst");
        gcs.revokeTokens();
        uploader.upload(file("b", "b"), "cardano-database/ancillary/b.tar.zst");
        assertEquals(2, gcs.count("POST /token"));
        assertEquals(List.of(Duration.ofSeconds(5)), sleeps);
        assertEquals("b", new String(gcs.object("cardano-database/ancillary/b.tar.zst"), StandardCharsets.UTF_8));
    }

    @Test
    void anUnavailableUploadIsRetriedFiveSecondsLater() throws IOException {
        gcs.failUploads(1);
        String name = "cardano-database/ancillary/a.tar.zst";
        URI uri = uploader().upload(file("a", "payload"), name);
        assertEquals(List.of(Duration.ofSeconds(5)), sleeps);
        assertEquals(2, gcs.count("POST /upload/"));
        assertEquals("payload", new String(gcs.object(name), StandardCharsets.UTF_8));
        assertEquals(URI.create("https://storage.googleapis.com/" + BUCKET + "/" + name), uri);
    }

    @Test
    void aFailingTokenEndpointFailsTheUploadAfterThreeAttempts() throws IOException {
        gcs.failTokenRequests(3);
        Path file = file("a", "a");
        IOException e = assertThrows(IOException.class,
                () -> uploader().upload(file, "cardano-database/ancillary/a.tar.zst"));
        assertTrue(e.getMessage().startsWith("Upload failed after 3 attempts. Uploaded file path: " + file),
                e.getMessage());
        assertTrue(e.getMessage().contains("access token request to " + gcs.tokenUri()), e.getMessage());
        assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
        assertEquals(2, sleeps.size());
        assertEquals(0, gcs.count("POST /upload/"));
    }

    @Test
    void aKeyTheServerDoesNotKnowIsRefusedWithGooglesReason() throws IOException {
        gcs.close();
        gcs = new FakeGcs(TestCredentials.OTHER_KEYS.getPublic(), BUCKET);
        config.put("gcp_storage_api_url", gcs.url());
        IOException e = assertThrows(IOException.class,
                () -> uploader().upload(file("a", "a"), "cardano-database/ancillary/a.tar.zst"));
        assertTrue(e.getMessage().contains("HTTP 400"), e.getMessage());
        assertTrue(e.getMessage().contains("Invalid JWT Signature."), e.getMessage());
        assertNull(gcs.object("cardano-database/ancillary/a.tar.zst"));
    }

    @Test
    void largeFilesGoThroughAResumableSessionInChunks() throws IOException {
        config.put("gcp_resumable_upload_threshold", 256 * 1024);
        config.put("gcp_resumable_chunk_size", 256 * 1024);
        byte[] content = new byte[700_000];
        new Random(7).nextBytes(content);
        String name = "cardano-database/immutable/00007.tar.zst";

        uploader().upload(file("big", content), name);

        assertArrayEquals(content, gcs.object(name));
        assertEquals(1, gcs.count("POST /upload/storage/v1/b/" + BUCKET + "/o?uploadType=resumable&name="
                + "cardano-database%2Fimmutable%2F00007.tar.zst"));
        assertEquals(List.of("bytes 0-262143/700000", "bytes 262144-524287/700000", "bytes 524288-699999/700000"),
                gcs.contentRanges(), "256 KiB + 256 KiB + the rest");
        assertEquals(List.of(name + " allUsers READER"), gcs.aclInsertions());
    }

    @Test
    void aResumableUploadResumesFromWhatTheServerKept() throws IOException {
        config.put("gcp_resumable_upload_threshold", 256 * 1024);
        config.put("gcp_resumable_chunk_size", 256 * 1024);
        byte[] content = new byte[600_000];
        new Random(8).nextBytes(content);
        gcs.truncateNextChunk(100_000);
        String name = "cardano-database/ancillary/big.ancillary.tar.zst";

        uploader().upload(file("big", content), name);

        assertArrayEquals(content, gcs.object(name));
        // The server kept 162144 bytes of the first chunk: the next chunk starts there.
        assertEquals(List.of("bytes 0-262143/600000", "bytes 162144-424287/600000", "bytes 424288-599999/600000"),
                gcs.contentRanges());
        assertEquals(List.of(), sleeps, "resuming is part of one attempt");
    }

    @Test
    void uniformBucketLevelAccessNeedsObjectAclsOff() throws IOException {
        gcs.uniformBucketLevelAccess();
        IOException e = assertThrows(IOException.class,
                () -> uploader().upload(file("a", "a"), "cardano-database/ancillary/a.tar.zst"));
        assertTrue(e.getMessage().contains("uniform bucket-level access"), e.getMessage());

        config.put("gcp_make_objects_public", false);
        sleeps.clear();
        uploader().upload(file("b", "b"), "cardano-database/ancillary/b.tar.zst");
        assertEquals(List.of(), sleeps);
        assertEquals(List.of(), gcs.aclInsertions());
    }

    @Test
    void objectNamesAreEncodedOnTheWire() throws IOException {
        String name = "cardano-database/ancillary/odd name+plus~é.tar.zst";
        URI uri = uploader().upload(file("odd", "odd"), name);
        assertEquals("odd", new String(gcs.object(name), StandardCharsets.UTF_8));
        assertEquals("https://storage.googleapis.com/" + BUCKET
                + "/cardano-database/ancillary/odd%20name%2Bplus~%C3%A9.tar.zst", uri.toString());
    }

    @Test
    void unsafeTargetNamesAreRefusedBeforeAnyCall() throws IOException {
        GcpUploader uploader = uploader();
        Path file = file("a", "a");
        for (String bad : List.of("", "/abs", "../x", "a/../b", "a//b", "a/./b", "a\\b", "a/\nb")) {
            assertThrows(IllegalArgumentException.class, () -> uploader.upload(file, bad), bad);
        }
        assertEquals(List.of(), gcs.requests());
    }

    @Test
    void aMissingLocalFileIsAClearError() {
        Path missing = tmp.resolve("missing.tar.zst");
        IOException e = assertThrows(IOException.class,
                () -> uploader().upload(missing, "cardano-database/ancillary/missing.tar.zst"));
        assertTrue(e.getMessage().contains("not a regular file: " + missing), e.getMessage());
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
