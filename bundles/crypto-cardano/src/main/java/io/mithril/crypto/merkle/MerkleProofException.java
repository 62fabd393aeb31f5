package io.mithril.crypto.merkle;

/** A Merkle proof was rejected; {@link #reason()} says why. */
public final class MerkleProofException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a proof was rejected. */
    public enum Reason {
        /** The proof is structurally inconsistent (items missing or left over, bad positions or size). */
        CORRUPTED_PROOF,
        /** The root recomputed from the leaves and items differs from the proof's root. */
        ROOT_MISMATCH,
        /** A sub proof of a map proof does not verify. */
        SUB_PROOF_INVALID,
        /** A sub proof's {@code merge(range, root)} is not among the master proof's leaves. */
        SUB_PROOF_NOT_IN_MASTER
    }

    private final Reason reason;

    public MerkleProofException(Reason reason, String message) {
        this(reason, message, null);
    }

    public MerkleProofException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
