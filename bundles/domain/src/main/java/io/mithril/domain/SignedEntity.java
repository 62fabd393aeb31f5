package io.mithril.domain;

import java.time.Instant;
import java.util.Objects;

/** An artifact as stored and served: the artifact, the hash of its certificate and its creation time. */
public record SignedEntity<T extends Artifact>(T artifact, String certificateHash, Instant createdAt) {

    public SignedEntity {
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(certificateHash, "certificate hash");
        Objects.requireNonNull(createdAt, "created_at");
    }

    /** The artifact id. */
    public String id() {
        return artifact.computeHash();
    }
}
