package io.mithril.domain.chain;

/** The kinds of certificate verification failure, named after the reference's {@code CertificateVerifierError}. */
public enum CertificateVerificationError {
    /** The STM multi-signature does not verify. */
    VERIFY_MULTI_SIGNATURE("VerifyMultiSignature"),
    /** The Ed25519 genesis signature does not verify. */
    CERTIFICATE_GENESIS("CertificateGenesis"),
    /** The recomputed certificate hash differs from {@code hash}. */
    CERTIFICATE_HASH_UNMATCH("CertificateHashUnmatch"),
    /** The previous certificate's hash differs from {@code previous_hash}. */
    CERTIFICATE_CHAIN_PREVIOUS_HASH_UNMATCH("CertificateChainPreviousHashUnmatch"),
    /** The AVK is not the one the chain announced. */
    CERTIFICATE_CHAIN_AVK_UNMATCH("CertificateChainAVKUnmatch"),
    /** The protocol parameters are not the ones the chain announced. */
    CERTIFICATE_CHAIN_PROTOCOL_PARAMETERS_UNMATCH("CertificateChainProtocolParametersUnmatch"),
    /** The previous certificate is more than one epoch away. */
    CERTIFICATE_CHAIN_MISSING_EPOCH("CertificateChainMissingEpoch"),
    /** The certificate is its own previous certificate. */
    CERTIFICATE_CHAIN_INFINITE_LOOP("CertificateChainInfiniteLoop"),
    /** A standard certificate was given where a genesis one was expected. */
    INVALID_GENESIS_CERTIFICATE_PROVIDED("InvalidGenesisCertificateProvided"),
    /** A genesis certificate was given where a standard one was expected. */
    INVALID_STANDARD_CERTIFICATE_PROVIDED("InvalidStandardCertificateProvided"),
    /** The protocol-message hash differs from {@code signed_message}. */
    CERTIFICATE_PROTOCOL_MESSAGE_UNMATCH("CertificateProtocolMessageUnmatch"),
    /** The {@code current_epoch} part is missing or differs from the certificate epoch. */
    CERTIFICATE_EPOCH_UNMATCH("CertificateEpochUnmatch"),
    /** The previous certificate could not be retrieved (a retriever error in the reference, not a verifier one). */
    CERTIFICATE_RETRIEVAL("CertificateRetrieval");

    private final String referenceName;

    CertificateVerificationError(String referenceName) {
        this.referenceName = referenceName;
    }

    /** The reference's variant name, for logs and cross-checks. */
    public String referenceName() {
        return referenceName;
    }
}
