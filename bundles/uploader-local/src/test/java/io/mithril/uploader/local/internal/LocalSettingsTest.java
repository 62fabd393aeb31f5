package io.mithril.uploader.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalSettingsTest {
    @Test
    void defaultsFollowTheReference() {
        LocalSettings settings = LocalSettings.from(Map.of());
        assertEquals("gcp", settings.uploaderType());
        assertFalse(settings.serving());
        assertEquals(Path.of("."), settings.snapshotDirectory());
        assertEquals(URI.create("http://0.0.0.0:8080/aggregator/"), settings.publicServerUrl());
        assertEquals(Path.of(".", "cardano-database"), settings.artifactsDirectory());
    }

    @Test
    void defaultPublicUrlUsesTheServerAddress() {
        LocalSettings settings = LocalSettings.from(Map.of("server_ip", "127.0.0.1", "server_port", 9000L,
                "snapshot_uploader_type", "local", "snapshot_directory", "/srv/snapshots"));
        assertEquals(URI.create("http://127.0.0.1:9000/aggregator/"), settings.publicServerUrl());
        assertTrue(settings.serving());
        assertEquals(Path.of("/srv/snapshots/cardano-database"), settings.artifactsDirectory());
    }

    @Test
    void aTrailingSlashIsAdded() {
        assertEquals(URI.create("http://localhost:8080/aggregator/"),
                LocalSettings.from(Map.of("public_server_url", "http://localhost:8080/aggregator")).publicServerUrl());
        assertEquals(URI.create("https://agg.example/"),
                LocalSettings.from(Map.of("public_server_url", "https://agg.example")).publicServerUrl());
        assertEquals(URI.create("https://agg.example/a/b/"),
                LocalSettings.from(Map.of("public_server_url", "https://agg.example/a/b/")).publicServerUrl());
    }

    @Test
    void aBadPublicUrlIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalSettings.from(Map.of("public_server_url", "not a url")));
        assertTrue(e.getMessage().contains("public_server_url"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> LocalSettings.from(Map.of("public_server_url", "/aggregator")));
        assertThrows(IllegalArgumentException.class,
                () -> LocalSettings.from(Map.of("public_server_url", "http://h/a?x=1")));
    }
}
