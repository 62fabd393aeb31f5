package io.mithril.uploader.gcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GcpSettingsTest {
    @Test
    void defaults() {
        GcpSettings settings = GcpSettings.from(Map.of());
        assertEquals("gcp", settings.uploaderType());
        assertTrue(settings.selected());
        assertNull(settings.bucket());
        assertFalse(settings.useCdnDomain());
        assertEquals(URI.create("https://storage.googleapis.com"), settings.storageApiUrl());
        assertEquals(16 * 1024 * 1024, settings.resumableThreshold());
        assertEquals(16 * 1024 * 1024, settings.resumableChunkSize());
        assertTrue(settings.makePublic());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, settings::requireBucket);
        assertTrue(e.getMessage().contains("snapshot_bucket_name"));
    }

    @Test
    void publicUrlsFollowTheReference() {
        assertEquals(URI.create("https://storage.googleapis.com/my-bucket/cardano-database/immutable/00001.tar.zst"),
                GcpSettings.from(Map.of("snapshot_bucket_name", "my-bucket"))
                        .publicUri("cardano-database/immutable/00001.tar.zst"));
        assertEquals(URI.create("https://cdn.example.org/cardano-database/immutable/00001.tar.zst"),
                GcpSettings.from(Map.of("snapshot_bucket_name", "cdn.example.org", "snapshot_use_cdn_domain", "TRUE"))
                        .publicUri("cardano-database/immutable/00001.tar.zst"));
    }

    @Test
    void valuesAreChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> GcpSettings.from(Map.of("gcp_resumable_chunk_size", 1000)));
        assertEquals(512 * 1024, GcpSettings.from(Map.of("gcp_resumable_chunk_size", "524288")).resumableChunkSize());
        assertThrows(IllegalArgumentException.class, () -> GcpSettings.from(Map.of("snapshot_use_cdn_domain", "yes")));
        assertThrows(IllegalArgumentException.class, () -> GcpSettings.from(Map.of("gcp_storage_api_url", "nowhere")));
        assertThrows(IllegalArgumentException.class,
                () -> GcpSettings.from(Map.of("gcp_resumable_upload_threshold", -5)));
        assertFalse(GcpSettings.from(Map.of("gcp_make_objects_public", "false")).makePublic());
        assertFalse(GcpSettings.from(Map.of("snapshot_uploader_type", "local")).selected());
    }
}
