package io.mithril.domain.chain;

/** An artifact does not match its certificate; {@link #kind()} tells how. */
public class ArtifactVerificationException extends Exception {
    private static final long serialVersionUID = 1L;
    private final ArtifactVerificationError kind;

    public ArtifactVerificationException(ArtifactVerificationError kind, String detail) {
        super(kind + ": " + detail);
        this.kind = kind;
    }

    public ArtifactVerificationError kind() {
        return kind;
    }
}
