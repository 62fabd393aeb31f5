package io.mithril.crypto.bls;

/** The specific reason a BLS operation failed (mirrors the reference's {@code MultiSignatureError} kinds). */
public enum BlsError {
    /** Bytes do not encode a point or scalar (wrong length, bad flags, not on the curve). */
    INVALID_ENCODING,
    /** A point decodes but is not in the prime-order subgroup. */
    POINT_NOT_IN_GROUP,
    /** A verification key is the point at infinity. */
    VERIFICATION_KEY_INFINITY,
    /** A signature is the point at infinity. */
    SIGNATURE_INFINITY,
    /** The pairing check of a single signature failed. */
    SIGNATURE_INVALID,
    /** A proof of possession does not prove knowledge of the secret key of the verification key. */
    PROOF_OF_POSSESSION_INVALID,
    /** The weighted aggregate of several signatures does not verify (or the input lists are malformed). */
    AGGREGATE_SIGNATURE_INVALID
}
