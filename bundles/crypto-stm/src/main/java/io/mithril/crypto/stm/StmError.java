package io.mithril.crypto.stm;

/** The specific reason an STM operation failed, named after the reference's error variants. */
public enum StmError {
    /** Bytes, hex or JSON that do not decode to the expected value. */
    SERIALIZATION,
    /** Parameters the lottery cannot use (phi_f outside (0, 1], k or m zero). */
    INVALID_PARAMETERS,
    /** A verification key that is not a valid G2 point of the subgroup, or is infinity. */
    VERIFICATION_KEY_INVALID,
    /** The proof of possession of a registering key is invalid. */
    PROOF_OF_POSSESSION_INVALID,
    /** The key is already registered for this epoch. */
    KEY_ALREADY_REGISTERED,
    /** The sum of the registered stakes does not fit in an unsigned 64-bit integer. */
    STAKE_OVERFLOW,
    /** Closing a registration with no party or a total stake of zero. */
    EMPTY_REGISTRATION,
    /** A signer index (or key) that is not part of the closed registration. */
    UNREGISTERED_PARTY,
    /** A signature that is not a valid G1 point of the subgroup, or is infinity. */
    SIGNATURE_MALFORMED,
    /** The BLS check of a single signature failed. */
    SIGNATURE_INVALID,
    /** A claimed lottery index is greater than m. */
    INDEX_BOUND_FAILED,
    /** A claimed lottery index was not won. */
    LOTTERY_LOST,
    /** Two signatures of an aggregate claim the same lottery index. */
    INDEX_NOT_UNIQUE,
    /** Fewer than k distinct lottery indexes. */
    NOT_ENOUGH_SIGNATURES,
    /** The Merkle batch path does not prove the signers' registration entries against the AVK root. */
    BATCH_PATH_INVALID,
    /** The weighted aggregate BLS signature does not verify. */
    AGGREGATE_SIGNATURE_INVALID,
    /** An aggregate signature type other than Concatenation (SNARK variants are not supported). */
    UNSUPPORTED_SIGNATURE_TYPE
}
