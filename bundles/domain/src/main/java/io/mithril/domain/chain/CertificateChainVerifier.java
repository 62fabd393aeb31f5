package io.mithril.domain.chain;

import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_CHAIN_AVK_UNMATCH;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_CHAIN_INFINITE_LOOP;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_CHAIN_MISSING_EPOCH;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_CHAIN_PREVIOUS_HASH_UNMATCH;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_CHAIN_PROTOCOL_PARAMETERS_UNMATCH;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_EPOCH_UNMATCH;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_GENESIS;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_HASH_UNMATCH;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_PROTOCOL_MESSAGE_UNMATCH;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_RETRIEVAL;
import static io.mithril.domain.chain.CertificateVerificationError.INVALID_GENESIS_CERTIFICATE_PROVIDED;
import static io.mithril.domain.chain.CertificateVerificationError.INVALID_STANDARD_CERTIFICATE_PROVIDED;
import static io.mithril.domain.chain.CertificateVerificationError.VERIFY_MULTI_SIGNATURE;

import io.mithril.domain.Certificate;
import io.mithril.domain.CertificateSignature;
import io.mithril.domain.ProtocolMessagePartKey;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The certificate-chain verifier of certificates.md §7.2, with every rule of the reference (including the epoch and
 * protocol-parameter chaining added after advisory GHSA-724h-fpm5-4qvr), checked in the reference's order. A chain is
 * walked iteratively from any certificate to its genesis, with no depth cap.
 */
public final class CertificateChainVerifier {
    private final CertificateRetriever retriever;
    private final MultiSignatureVerifier multiSignatureVerifier;
    private final GenesisSignatureVerifier genesisSignatureVerifier;

    public CertificateChainVerifier(CertificateRetriever retriever, MultiSignatureVerifier multiSignatureVerifier,
                                    GenesisSignatureVerifier genesisSignatureVerifier) {
        this.retriever = Objects.requireNonNull(retriever);
        this.multiSignatureVerifier = Objects.requireNonNull(multiSignatureVerifier);
        this.genesisSignatureVerifier = Objects.requireNonNull(genesisSignatureVerifier);
    }

    /**
     * A verifier with the reference's cryptography: STM over crypto-stm, Ed25519 {@code verify_strict} over
     * crypto-cardano.
     *
     * @param genesisVerificationKey JSON-hex (or plain hex) of the 32-byte genesis verification key
     */
    public static CertificateChainVerifier withReferenceCrypto(CertificateRetriever retriever,
                                                               String genesisVerificationKey) {
        return new CertificateChainVerifier(retriever, new StmMultiSignatureVerifier(),
                GenesisSignatureVerifier.ed25519(genesisVerificationKey));
    }

    /** Verifies {@code start} and every certificate before it down to a genesis certificate. */
    public VerifiedChain verifyChain(Certificate start) throws CertificateVerificationException {
        Certificate current = start;
        long length = 1;
        Optional<Certificate> previous = verifyCertificate(current);
        while (previous.isPresent()) {
            current = previous.get();
            length++;
            previous = verifyCertificate(current);
        }
        return new VerifiedChain(length, current);
    }

    /**
     * Verifies one certificate and its link to the previous one.
     *
     * @return the previous certificate to verify next, or empty for a (valid) genesis certificate
     */
    public Optional<Certificate> verifyCertificate(Certificate certificate) throws CertificateVerificationException {
        if (certificate.isGenesis()) {
            verifyGenesisCertificate(certificate);
            return Optional.empty();
        }
        return Optional.of(verifyStandardCertificate(certificate));
    }

    /** Rule §7.2.1: hash, protocol message, Ed25519 signature, current epoch. */
    public void verifyGenesisCertificate(Certificate certificate) throws CertificateVerificationException {
        if (!(certificate.signature() instanceof CertificateSignature.GenesisSignature signature)) {
            throw failure(INVALID_GENESIS_CERTIFICATE_PROVIDED, certificate, "not a genesis certificate");
        }
        verifyHashAndMessage(certificate);
        if (!genesisSignatureVerifier.verify(signedBytes(certificate), signature)) {
            throw failure(CERTIFICATE_GENESIS, certificate, "the genesis signature does not verify");
        }
        verifyCurrentEpoch(certificate);
    }

    /**
     * Rule §7.2.2: the certificate itself, then its link to the previous certificate.
     *
     * @return the previous certificate (already checked against this one)
     */
    public Certificate verifyStandardCertificate(Certificate certificate) throws CertificateVerificationException {
        if (!(certificate.signature() instanceof CertificateSignature.MultiSignature signature)) {
            throw failure(INVALID_STANDARD_CERTIFICATE_PROVIDED, certificate, "not a standard certificate");
        }
        if (certificate.hash().equals(certificate.previousHash())) {
            throw failure(CERTIFICATE_CHAIN_INFINITE_LOOP, certificate, "the certificate is its own previous one");
        }
        verifyHashAndMessage(certificate);
        verifyMultiSignature(certificate, signature);
        verifyCurrentEpoch(certificate);
        Certificate previous = retrievePrevious(certificate);
        ChainLinkRules.verifyLink(certificate, previous);
        return previous;
    }

    private void verifyHashAndMessage(Certificate certificate) throws CertificateVerificationException {
        String recomputed = certificate.computeHash();
        if (!recomputed.equals(certificate.hash())) {
            throw failure(CERTIFICATE_HASH_UNMATCH, certificate, "recomputed hash is " + recomputed);
        }
        String messageHash = certificate.protocolMessage().computeHash();
        if (!messageHash.equals(certificate.signedMessage())) {
            throw failure(CERTIFICATE_PROTOCOL_MESSAGE_UNMATCH, certificate,
                    "protocol message hash is " + messageHash + ", signed message is " + certificate.signedMessage());
        }
    }

    private void verifyMultiSignature(Certificate certificate, CertificateSignature.MultiSignature signature)
            throws CertificateVerificationException {
        try {
            multiSignatureVerifier.verify(signedBytes(certificate), signature.multiSignature(),
                    certificate.aggregateVerificationKey(), certificate.metadata().parameters());
        } catch (MultiSignatureVerificationException | RuntimeException e) {
            throw new CertificateVerificationException(VERIFY_MULTI_SIGNATURE, certificate.hash(), e.getMessage(), e);
        }
    }

    private static void verifyCurrentEpoch(Certificate certificate) throws CertificateVerificationException {
        String expected = Long.toString(certificate.epoch().value());
        Optional<String> currentEpoch = certificate.protocolMessage().get(ProtocolMessagePartKey.CURRENT_EPOCH);
        if (currentEpoch.isEmpty() || !currentEpoch.get().equals(expected)) {
            throw failure(CERTIFICATE_EPOCH_UNMATCH, certificate,
                    "current_epoch part is " + currentEpoch.orElse("missing") + ", certificate epoch is " + expected);
        }
    }

    private Certificate retrievePrevious(Certificate certificate) throws CertificateVerificationException {
        try {
            return retriever.retrieve(certificate.previousHash());
        } catch (CertificateRetrievalException | RuntimeException e) {
            throw new CertificateVerificationException(CERTIFICATE_RETRIEVAL, certificate.hash(),
                    "cannot retrieve previous certificate '" + certificate.previousHash() + "': " + e.getMessage(), e);
        }
    }

    private static byte[] signedBytes(Certificate certificate) {
        return certificate.signedMessage().getBytes(StandardCharsets.US_ASCII);
    }

    static CertificateVerificationException failure(CertificateVerificationError kind, Certificate certificate,
                                                    String detail) {
        return new CertificateVerificationException(kind, certificate.hash(), detail);
    }

    /** The rules linking a standard certificate to its previous certificate, in the reference's order. */
    static final class ChainLinkRules {
        private ChainLinkRules() {
        }

        static void verifyLink(Certificate certificate, Certificate previous) throws CertificateVerificationException {
            if (certificate.epoch().distanceTo(previous.epoch()) > 1) {
                throw failure(CERTIFICATE_CHAIN_MISSING_EPOCH, certificate,
                        "epoch " + certificate.epoch() + " follows epoch " + previous.epoch());
            }
            if (!previous.hash().equals(certificate.previousHash())) {
                throw failure(CERTIFICATE_CHAIN_PREVIOUS_HASH_UNMATCH, certificate,
                        "previous certificate hash is " + previous.hash());
            }
            boolean sameEpoch = certificate.epoch().equals(previous.epoch());
            verifyAvk(certificate, previous, sameEpoch);
            verifyProtocolParameters(certificate, previous, sameEpoch);
        }

        private static void verifyAvk(Certificate certificate, Certificate previous, boolean sameEpoch)
                throws CertificateVerificationException {
            Optional<String> expected = sameEpoch ? Optional.of(previous.aggregateVerificationKey())
                    : previous.protocolMessage().get(ProtocolMessagePartKey.NEXT_AGGREGATE_VERIFICATION_KEY);
            if (expected.isEmpty()
                    || !AggregateVerificationKeyEquality.sameKey(expected.get(), certificate.aggregateVerificationKey())) {
                throw failure(CERTIFICATE_CHAIN_AVK_UNMATCH, certificate, sameEpoch
                        ? "the AVK differs from the previous certificate's (same epoch)"
                        : "the AVK differs from the previous certificate's next_aggregate_verification_key");
            }
        }

        private static void verifyProtocolParameters(Certificate certificate, Certificate previous, boolean sameEpoch)
                throws CertificateVerificationException {
            boolean valid;
            if (sameEpoch) {
                valid = certificate.metadata().parameters().isEquivalentTo(previous.metadata().parameters());
            } else {
                String expected = certificate.metadata().parameters().computeHash();
                valid = previous.protocolMessage().get(ProtocolMessagePartKey.NEXT_PROTOCOL_PARAMETERS)
                        .map(expected::equals).orElse(false);
            }
            if (!valid) {
                throw failure(CERTIFICATE_CHAIN_PROTOCOL_PARAMETERS_UNMATCH, certificate, sameEpoch
                        ? "the protocol parameters differ from the previous certificate's (same epoch)"
                        : "the protocol parameters hash differs from the previous next_protocol_parameters");
            }
        }
    }
}
