package io.mithril.uploader.local.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalUploaderTest {
    /** The public server URL of the reference devnet whose artifacts are in devnet/cardano-databases.json. */
    private static final String DEVNET_PUBLIC_URL = "http://localhost:8080/aggregator";

    @TempDir
    Path tmp;

    private final List<Duration> sleeps = new ArrayList<>();

    private Path snapshots() {
        return tmp.resolve("snapshots");
    }

    private LocalUploader uploader(String publicUrl) {
        return new LocalUploader(LocalSettings.from(Map.of("snapshot_uploader_type", "local",
                "snapshot_directory", snapshots().toString(), "public_server_url", publicUrl)),
                new RetryPolicy(3, Duration.ofSeconds(5), sleeps::add));
    }

    private Path source(String name, String content) throws IOException {
        Path file = tmp.resolve("pending").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void locationsAreTheReferenceDevnetOnes() throws IOException {
        JsonNode artifacts;
        try (InputStream in = getClass().getResourceAsStream("/devnet/cardano-databases.json")) {
            artifacts = new ObjectMapper().readTree(in);
        }
        LocalUploader uploader = uploader(DEVNET_PUBLIC_URL);
        int checked = 0;
        for (JsonNode artifact : artifacts) {
            // Archive names as the reference builds them (aggregator.md §11): {network}-e{epoch}-i{N}.<kind>.tar.zst
            String network = artifact.get("network").asText();
            long epoch = artifact.get("beacon").get("epoch").asLong();
            long immutable = artifact.get("beacon").get("immutable_file_number").asLong();
            String stem = network + "-e" + epoch + "-i" + immutable;

            URI ancillary = uploader.upload(source(stem + ".ancillary.tar.zst", "a"),
                    "cardano-database/ancillary/" + stem + ".ancillary.tar.zst");
            assertEquals(artifact.at("/ancillary/locations/0/uri").asText(), ancillary.toString());

            URI digests = uploader.upload(source(stem + ".digests.tar.zst", "d"),
                    "cardano-database/digests/" + stem + ".digests.tar.zst");
            assertEquals(artifact.at("/digests/locations/0/uri").asText(), digests.toString());

            // Immutables: the reference publishes a template where the 5-digit number stands for every file.
            String number = String.format("%05d", immutable);
            URI archive = uploader.upload(source(number + ".tar.zst", "i"),
                    "cardano-database/immutable/" + number + ".tar.zst");
            assertEquals(artifact.at("/immutables/locations/0/uri/Template").asText(),
                    archive.toString().replace(number, "{immutable_file_number}"));
            checked++;
        }
        assertEquals(11, checked);
    }

    @Test
    void copiesTheFileUnderTheSnapshotDirectory() throws IOException {
        Path file = source("devnet-e19-i4.ancillary.tar.zst", "ancillary bytes");
        uploader(DEVNET_PUBLIC_URL).upload(file, "cardano-database/ancillary/devnet-e19-i4.ancillary.tar.zst");
        Path stored = snapshots().resolve("cardano-database/ancillary/devnet-e19-i4.ancillary.tar.zst");
        assertEquals("ancillary bytes", Files.readString(stored));
        assertTrue(Files.exists(file), "the source is kept");
        try (Stream<Path> files = Files.list(stored.getParent())) {
            assertEquals(List.of(stored), files.toList(), "no partial copy left behind");
        }
    }

    @Test
    void aNewerFileReplacesTheStoredOne() throws IOException {
        LocalUploader uploader = uploader(DEVNET_PUBLIC_URL);
        String target = "cardano-database/ancillary/devnet-e19-i4.ancillary.tar.zst";
        uploader.upload(source("first", "first"), target);
        uploader.upload(source("second", "second"), target);
        assertEquals("second", Files.readString(snapshots().resolve(target)));
    }

    @Test
    void aFileAlreadyInPlaceIsNotCopied() throws IOException {
        Path archive = snapshots().resolve("cardano-database/immutable/00004.tar.zst");
        Files.createDirectories(archive.getParent());
        byte[] content = "immutable trio".getBytes(StandardCharsets.UTF_8);
        Files.write(archive, content);
        FileTime old = FileTime.fromMillis(978_307_200_000L);
        Files.setLastModifiedTime(archive, old);
        Object inode = Files.readAttributes(archive, "unix:ino").get("ino");

        URI uri = uploader(DEVNET_PUBLIC_URL).upload(archive, "cardano-database/immutable/00004.tar.zst");

        assertEquals("http://localhost:8080/aggregator/cardano-database-download/immutable/00004.tar.zst",
                uri.toString());
        assertEquals(old, Files.getLastModifiedTime(archive), "a copy would have a new modification time");
        assertEquals(inode, Files.readAttributes(archive, "unix:ino").get("ino"), "a copy would be a new file");
        assertArrayEquals(content, Files.readAllBytes(archive));
        assertEquals(List.of(), sleeps);
    }

    @Test
    void unsafeTargetNamesAreRefusedBeforeAnyWrite() throws IOException {
        LocalUploader uploader = uploader(DEVNET_PUBLIC_URL);
        Path file = source("x", "secret");
        for (String bad : List.of("../escape", "cardano-database/../escape", "cardano-database/immutable/../../../x",
                "/tmp/absolute", tmp.resolve("absolute").toString(), "cardano-database\\..\\..\\x",
                "cardano-database//x", "cardano-database/./x", "cardano-database", "other-folder/x")) {
            assertThrows(IllegalArgumentException.class, () -> uploader.upload(file, bad), bad);
        }
        assertFalse(Files.exists(tmp.resolve("escape")));
        assertFalse(Files.exists(tmp.resolve("absolute")));
        assertFalse(Files.exists(snapshots()), "nothing was written");
        assertEquals(List.of(), sleeps, "a bad name is not retried");
    }

    @Test
    void aSymlinkedFolderLeadingOutsideIsRefused() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createDirectories(snapshots().resolve("cardano-database"));
        Files.createSymbolicLink(snapshots().resolve("cardano-database/ancillary"), outside);
        IOException e = assertThrows(IOException.class, () -> uploader(DEVNET_PUBLIC_URL)
                .upload(source("a", "a"), "cardano-database/ancillary/a.tar.zst"));
        assertTrue(e.getCause().getMessage().contains("leads outside"), e.getCause().getMessage());
        try (Stream<Path> files = Files.list(outside)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aFailingCopyIsRetriedThreeTimesFiveSecondsApart() {
        Path missing = tmp.resolve("pending/never-built.tar.zst");
        IOException e = assertThrows(IOException.class, () -> uploader(DEVNET_PUBLIC_URL)
                .upload(missing, "cardano-database/ancillary/never-built.tar.zst"));
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5)), sleeps);
        assertTrue(e.getMessage().startsWith("Upload failed after 3 attempts. Uploaded file path: " + missing),
                e.getMessage());
    }

    @Test
    void aTransientFailureIsOvercomeByTheNextAttempt() throws IOException {
        Path late = tmp.resolve("pending/late.tar.zst");
        // The archive appears while the uploader waits before its second attempt.
        LocalUploader uploader = new LocalUploader(LocalSettings.from(Map.of("snapshot_directory",
                snapshots().toString(), "public_server_url", DEVNET_PUBLIC_URL)),
                new RetryPolicy(3, Duration.ofSeconds(5), delay -> {
                    sleeps.add(delay);
                    try {
                        Files.createDirectories(late.getParent());
                        Files.writeString(late, "late");
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                }));
        URI uri = uploader.upload(late, "cardano-database/digests/late.tar.zst");
        assertEquals(1, sleeps.size());
        assertEquals("late", Files.readString(snapshots().resolve("cardano-database/digests/late.tar.zst")));
        assertEquals("http://localhost:8080/aggregator/cardano-database-download/digests/late.tar.zst", uri.toString());
    }

    @Test
    void theComponentReadsTheAggregatorConfigurationAndFollowsItsChanges() throws IOException {
        LocalUploaderComponent component = new LocalUploaderComponent(Map.of("snapshot_directory",
                snapshots().toString(), "server_ip", "127.0.0.1", "server_port", 8181L));
        URI first = component.upload(source("a", "a"), "cardano-database/digests/a.tar.zst");
        assertEquals("http://127.0.0.1:8181/aggregator/cardano-database-download/digests/a.tar.zst", first.toString());

        Path elsewhere = tmp.resolve("elsewhere");
        component.modified(Map.of("snapshot_directory", elsewhere.toString(),
                "public_server_url", "https://aggregator.example/aggregator"));
        URI second = component.upload(source("b", "b"), "cardano-database/digests/b.tar.zst");
        assertEquals("https://aggregator.example/aggregator/cardano-database-download/digests/b.tar.zst",
                second.toString());
        assertTrue(Files.exists(elsewhere.resolve("cardano-database/digests/b.tar.zst")));
    }
}
