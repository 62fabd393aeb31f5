package io.mithril.domain;

/** What a signed entity type produces once certified; its id is its hash (certificates.md §8). */
public interface Artifact {

    /** Recomputes the artifact hash, which is also its id. */
    String computeHash();

    /** The signed entity type whose certificate covers this artifact. */
    SignedEntityType signedEntityType();
}
