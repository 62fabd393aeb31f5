package io.mithril.uploader.local.internal;

import io.mithril.spi.uploader.Uploader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps artifact files in {@code {snapshot_directory}/cardano-database/} for the aggregator's own download route
 * (aggregator.md §11). A target name {@code cardano-database/<rest>} is stored at {@code {snapshot_directory}/<name>}
 * and published as {@code {public_server_url}cardano-database-download/<rest>}. A file already at its place (the
 * immutable archives are built there) is not copied.
 */
final class LocalUploader implements Uploader {
    private static final Logger LOG = LoggerFactory.getLogger(LocalUploader.class);
    static final String DOWNLOAD_ROUTE = "cardano-database-download/";

    private final Path snapshotDirectory;
    private final URI publicServerUrl;
    private final RetryPolicy retry;

    LocalUploader(LocalSettings settings, RetryPolicy retry) {
        this.snapshotDirectory = settings.snapshotDirectory();
        this.publicServerUrl = settings.publicServerUrl();
        this.retry = retry;
    }

    @Override
    public URI upload(Path file, String targetName) throws IOException {
        RelativeName name = RelativeName.require(targetName);
        RelativeName served = name.startsWith(LocalSettings.ARTIFACTS_FOLDER) ? name.tail().orElse(null) : null;
        if (served == null) {
            throw new IllegalArgumentException("the local uploader serves only files under '"
                    + LocalSettings.ARTIFACTS_FOLDER + "/', not '" + targetName + "'");
        }
        Path target = name.resolveUnder(snapshotDirectory);
        retry.run("Uploaded file path: " + file, () -> {
            store(file, target);
            return null;
        });
        URI location = publicServerUrl.resolve(DOWNLOAD_ROUTE + served.toUrlPath());
        LOG.debug("File 'uploaded' to local storage: {} at {}", location, target);
        return location;
    }

    private void store(Path file, Path target) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("not a regular file: " + file);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(file, target)) {
            return;
        }
        Path directory = target.getParent();
        Files.createDirectories(directory);
        // A symlinked folder could lead outside the served directory: refuse to write through it.
        if (!directory.toRealPath().startsWith(snapshotDirectory.toRealPath())) {
            throw new IOException("target folder " + directory + " leads outside " + snapshotDirectory);
        }
        // Copy beside the target, then rename: the download route never serves a half-written archive.
        Path partial = Files.createTempFile(directory, "." + target.getFileName(), ".part");
        try {
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
