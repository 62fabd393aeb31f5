package io.mithril.uploader.gcp.internal;

import io.mithril.spi.uploader.Uploader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads artifact files to a Cloud Storage bucket (aggregator.md §11), each try being: the no-overwrite check
 * (immutable and digests archives already in the bucket are reused, never replaced), the upload, then the object
 * made public. Tries follow the reference's retry policy. Names found in a no-overwrite folder are remembered: the
 * folder is listed once, then each name is checked with a metadata request only when the listing did not have it.
 */
final class GcpUploader implements Uploader {
    private static final Logger LOG = LoggerFactory.getLogger(GcpUploader.class);
    /** Folders whose objects never change once written (the reference's {@code allow_overwrite = false}). */
    static final Set<String> NO_OVERWRITE_FOLDERS = Set.of("cardano-database/immutable/", "cardano-database/digests/");

    private final GcpSettings settings;
    private final GcsClient storage;
    private final RetryPolicy retry;
    private final Map<String, Set<String>> existing = new ConcurrentHashMap<>();

    GcpUploader(GcpSettings settings, GcsClient storage, RetryPolicy retry) {
        settings.requireBucket();
        this.settings = settings;
        this.storage = storage;
        this.retry = retry;
    }

    @Override
    public URI upload(Path file, String targetName) throws IOException {
        String name = ObjectNames.require(targetName);
        URI location = settings.publicUri(ObjectNames.toUrlPath(name));
        String folder = ObjectNames.folder(name);
        boolean keepExisting = NO_OVERWRITE_FOLDERS.contains(folder);
        if (keepExisting && existingIn(folder).contains(name)) {
            LOG.debug("{} is already in bucket {} (listing), not uploaded again", name, settings.bucket());
            return location;
        }
        retry.run("Uploaded file path: " + file, () -> {
            if (keepExisting && storage.exists(name)) {
                LOG.info("{} is already in bucket {}, not uploaded again", name, settings.bucket());
            } else {
                if (!Files.isRegularFile(file)) {
                    throw new IOException("not a regular file: " + file);
                }
                storage.upload(file, name);
                if (settings.makePublic()) {
                    storage.makePublic(name);
                }
                LOG.info("Uploaded {} to {}", file, location);
            }
            return null;
        });
        if (keepExisting) {
            existingIn(folder).add(name);
        }
        return location;
    }

    /** The names known in a folder, listed from the bucket the first time; a failed listing leaves it empty. */
    private Set<String> existingIn(String folder) {
        return existing.computeIfAbsent(folder, f -> {
            Set<String> names = ConcurrentHashMap.newKeySet();
            try {
                names.addAll(storage.list(f));
            } catch (IOException e) {
                LOG.warn("cannot list {} in bucket {}, each file will be checked alone: {}", f, settings.bucket(),
                        e.getMessage());
            }
            return names;
        });
    }
}
