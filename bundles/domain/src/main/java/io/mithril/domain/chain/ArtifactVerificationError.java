package io.mithril.domain.chain;

/** Why an artifact does not match its certificate. */
public enum ArtifactVerificationError {
    /** The recomputed artifact hash differs from the hash it was served under. */
    ARTIFACT_HASH_MISMATCH,
    /** The artifact names another certificate than the one given. */
    CERTIFICATE_HASH_MISMATCH,
    /** The certificate certifies another signed entity type or beacon. */
    SIGNED_ENTITY_TYPE_MISMATCH,
    /** A protocol-message part recomputed from the artifact differs from the certificate's. */
    PROTOCOL_MESSAGE_PART_MISMATCH,
    /** The certificate's message with the recomputed parts does not hash to its {@code signed_message}. */
    SIGNED_MESSAGE_MISMATCH
}
