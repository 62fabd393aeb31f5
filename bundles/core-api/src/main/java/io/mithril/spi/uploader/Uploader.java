package io.mithril.spi.uploader;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Stores artifact files where clients can download them. Register the implementation as an OSGi service with the
 * property {@value #TYPE_PROPERTY}; the aggregator uses the one whose type equals <code>snapshot_uploader_type</code>.
 */
@ConsumerType
public interface Uploader {
    /** Service property naming the uploader kind, e.g. <code>local</code>, <code>gcp</code>. */
    String TYPE_PROPERTY = "uploader.type";

    /**
     * Uploads a file under a target name (a relative path such as <code>cardano-database/immutable/00001.tar.zst</code>)
     * and returns the URI clients download it from.
     */
    URI upload(Path file, String targetName) throws IOException;
}
