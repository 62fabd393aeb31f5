package io.mithril.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a Cardano database part can be downloaded.
 *
 * @param type                 {@code cloud_storage}, {@code aggregator}, or any other (unknown) type name
 * @param uri                  the URI; for immutable files it is a template containing {@code {immutable_file_number}}
 * @param compressionAlgorithm e.g. {@code zstandard} or {@code gzip}; null when absent
 */
public record ArtifactLocation(String type, String uri, String compressionAlgorithm) {
    public static final String CLOUD_STORAGE = "cloud_storage";
    public static final String AGGREGATOR = "aggregator";

    public ArtifactLocation {
        Objects.requireNonNull(type, "type");
    }

    /** Clients ignore the locations whose type they do not know (serde's {@code Unknown}). */
    public boolean isKnown() {
        return CLOUD_STORAGE.equals(type) || AGGREGATOR.equals(type);
    }

    public Optional<String> compression() {
        return Optional.ofNullable(compressionAlgorithm);
    }
}
