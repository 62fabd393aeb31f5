package io.mithril.uploader.local.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.http.AggregatorHttp;
import io.mithril.http.testing.RestHarness;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The download route through the aggregator's real HTTP stack on a loopback port. */
class CardanoDatabaseDownloadRouteTest {
    private static final String SECRET = "top-secret-content";
    private static final String ROUTE = "/aggregator/cardano-database-download/";

    @TempDir
    Path tmp;

    private Path snapshots;
    private CardanoDatabaseDownloadResource resource;
    private RestHarness server;
    private LocalUploader uploader;

    @BeforeEach
    void start() throws Exception {
        snapshots = Files.createDirectories(tmp.resolve("snapshots"));
        // Files a traversal would reach: in the snapshot directory (outside cardano-database/) and beyond it.
        Files.writeString(snapshots.resolve("secret.txt"), SECRET);
        Files.writeString(tmp.resolve("secret.txt"), SECRET);
        resource = new CardanoDatabaseDownloadResource(config("local"));
        server = RestHarness.serving(resource);
        uploader = new LocalUploader(LocalSettings.from(config("local")), new RetryPolicy(1, Duration.ZERO, d -> { }));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private Map<String, Object> config(String uploaderType) throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put("snapshot_uploader_type", uploaderType);
        config.put("snapshot_directory", snapshots.toString());
        if (server != null) {
            config.put("public_server_url", publicServerUrl());
        }
        return config;
    }

    /** {@code http://127.0.0.1:port/aggregator/}, usable as {@code public_server_url}. */
    private String publicServerUrl() {
        return server.endpoint() + "/";
    }

    private URI upload(String target, byte[] content) throws Exception {
        Path file = tmp.resolve("pending").resolve(Path.of(target).getFileName());
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return uploader.upload(file, target);
    }

    @Test
    void servesAnUploadedArchiveAtTheUrlTheUploaderReturned() throws Exception {
        uploader = new LocalUploader(LocalSettings.from(config("local")), RetryPolicy.reference());
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(content);
        URI location = upload("cardano-database/ancillary/devnet-e19-i4.ancillary.tar.zst", content);
        assertEquals(publicServerUrl() + "cardano-database-download/ancillary/devnet-e19-i4.ancillary.tar.zst",
                location.toString());

        HttpResponse<byte[]> response = server.getBytes(location);

        assertEquals(200, response.statusCode());
        assertArrayEquals(content, response.body());
        assertEquals(String.valueOf(content.length), response.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("attachment; filename=\"devnet-e19-i4.ancillary.tar.zst\"",
                response.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("application/octet-stream", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(AggregatorHttp.apiVersion(),
                response.headers().firstValue(AggregatorHttp.API_VERSION_HEADER).orElseThrow());
    }

    @Test
    void servesEachKindOfArchive() throws Exception {
        for (String target : List.of("cardano-database/immutable/00004.tar.zst",
                "cardano-database/digests/devnet-e19-i4.digests.tar.zst")) {
            byte[] content = target.getBytes(StandardCharsets.UTF_8);
            HttpResponse<byte[]> response = server.getBytes(upload(target, content));
            assertEquals(200, response.statusCode(), target);
            assertArrayEquals(content, response.body());
        }
    }

    @Test
    void aPathNamingNoArchiveKindIs404EvenWhenTheFileExists() throws Exception {
        Path other = snapshots.resolve("cardano-database/other/notes.txt");
        Files.createDirectories(other.getParent());
        Files.writeString(other, "not an archive");
        HttpResponse<byte[]> response = server.getBytes(ROUTE + "other/notes.txt");
        assertEquals(404, response.statusCode());
        assertEquals(0, response.body().length);
    }

    @Test
    void aMissingFileIs404() throws Exception {
        HttpResponse<byte[]> response = server.getBytes(ROUTE + "immutable/09999.tar.zst");
        assertEquals(404, response.statusCode());
        assertEquals(0, response.body().length);
        assertEquals(404, server.getBytes(ROUTE + "immutable").statusCode(), "a folder is no file");
    }

    @Test
    void anotherUploaderTypeIs403() throws Exception {
        URI location = upload("cardano-database/immutable/00001.tar.zst", new byte[] {1, 2, 3});
        resource.modified(config("gcp"));
        HttpResponse<byte[]> response = server.getBytes(location);
        assertEquals(403, response.statusCode());
        assertEquals(0, response.body().length);
        // As in the reference, the file lookup comes first: a missing file stays 404.
        assertEquals(404, server.getBytes(ROUTE + "immutable/00002.tar.zst").statusCode());

        resource.modified(config("local"));
        assertEquals(200, server.getBytes(location).statusCode());
    }

    @Test
    void traversalAttemptsNeverReachFilesOutsideTheDirectory() throws Exception {
        upload("cardano-database/immutable/00001.tar.zst", new byte[] {1});
        // A symlink inside the served directory that points outside must not be followed either.
        Files.createSymbolicLink(snapshots.resolve("cardano-database/immutable/link-secret.txt"),
                tmp.resolve("secret.txt"));
        Files.createSymbolicLink(snapshots.resolve("cardano-database/digests"), tmp);
        for (String path : List.of(
                "../secret.txt",
                "../../secret.txt",
                "immutable/../../secret.txt",
                "immutable/../../../secret.txt",
                "%2e%2e/secret.txt",
                "%2E%2E/%2E%2E/secret.txt",
                "immutable/%2e%2e/%2e%2e/secret.txt",
                "immutable%2f..%2f..%2fsecret.txt",
                "immutable%2F%2E%2E%2F%2E%2E%2Fsecret.txt",
                "..%5csecret.txt",
                "immutable%5c..%5c..%5csecret.txt",
                "%252e%252e/secret.txt",
                "immutable/..;/..;/secret.txt",
                "immutable/.%2e/.%2e/secret.txt",
                "%2fetc%2fpasswd",
                "/etc/passwd",
                "immutable/link-secret.txt",
                "digests/secret.txt",
                "immutable/%00/../../secret.txt")) {
            String response = server.rawGet(ROUTE + path);
            String status = response.substring(0, response.indexOf("\r\n"));
            assertFalse(status.contains(" 200 "), () -> path + " -> " + status);
            assertFalse(response.contains(SECRET), () -> path + " leaked the file");
            assertFalse(response.contains("root:"), () -> path + " leaked /etc/passwd");
        }
        // The same through a client that sends what it is given.
        for (String path : List.of("immutable/..%2F..%2Fsecret.txt", "..%2Fsecret.txt")) {
            HttpResponse<byte[]> response = server.getBytes(ROUTE + path);
            assertTrue(response.statusCode() >= 400, path + " -> " + response.statusCode());
            assertFalse(new String(response.body(), StandardCharsets.ISO_8859_1).contains(SECRET));
        }
    }

    @Test
    void decodedTraversalPathsAreRefusedByTheResourceItself() throws Exception {
        // Jetty already answers 400 to most encoded forms; a more lenient container would hand the resource the
        // decoded path, so the resource must hold on its own.
        upload("cardano-database/immutable/00001.tar.zst", new byte[] {1});
        Files.createSymbolicLink(snapshots.resolve("cardano-database/immutable/link-secret.txt"),
                tmp.resolve("secret.txt"));
        for (String decoded : List.of("../secret.txt", "immutable/../../secret.txt", "immutable/../../../secret.txt",
                "immutable\\..\\..\\secret.txt", "/etc/passwd", tmp.resolve("secret.txt").toString(),
                "immutable//../../secret.txt", "immutable/./../../secret.txt", "immutable/link-secret.txt",
                "immutable/%2e%2e/%2e%2e/secret.txt", "immutable/\0/../../secret.txt")) {
            assertEquals(404, resource.download(decoded).getStatus(), decoded);
        }
        assertEquals(200, resource.download("immutable/00001.tar.zst").getStatus());
    }

    @Test
    void resolvedFilesStayInsideTheServedDirectory() throws IOException {
        Path root = Files.createDirectories(snapshots.resolve("cardano-database/immutable")).getParent();
        Files.writeString(root.resolve("immutable/00001.tar.zst"), "x");
        assertTrue(ServedFiles.find(root, "immutable/00001.tar.zst").isPresent());
        for (String path : List.of("../secret.txt", "immutable/../../secret.txt", "/etc/passwd", "", "immutable/")) {
            assertTrue(ServedFiles.find(root, path).isEmpty(), path);
        }
        assertTrue(ServedFiles.find(tmp.resolve("missing-root"), "immutable/00001.tar.zst").isEmpty());
    }
}
