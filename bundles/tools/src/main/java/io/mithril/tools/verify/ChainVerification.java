package io.mithril.tools.verify;

import io.mithril.domain.Artifact;
import io.mithril.domain.Certificate;
import io.mithril.domain.SignedEntity;
import io.mithril.domain.chain.AggregateVerificationKeyCalculator;
import io.mithril.domain.chain.ArtifactCertificateVerifier;
import io.mithril.domain.chain.ArtifactVerificationException;
import io.mithril.domain.chain.CertificateChainVerifier;
import io.mithril.domain.chain.CertificateRetrievalException;
import io.mithril.domain.chain.CertificateRetriever;
import io.mithril.domain.chain.GenesisSignatureVerifier;
import io.mithril.domain.chain.MultiSignatureVerifier;
import io.mithril.domain.chain.StmAggregateVerificationKeyCalculator;
import io.mithril.domain.chain.StmMultiSignatureVerifier;
import io.mithril.domain.message.CertificateMessage;
import io.mithril.domain.message.Rfc3339Dates;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code tools verify-chain}: every starting certificate of a source is walked back to its genesis (hash, signed
 * message, multi-signature or genesis signature, chain rules of certificates.md §7), then every artifact of the
 * source is checked against its certificate (hash, type and beacon, recomputed protocol-message parts), its
 * certificate being walked too. An artifact whose certificate the source does not have is skipped, not failed.
 */
public final class ChainVerification {
    private final MultiSignatureVerifier multiSignatures;
    private final GenesisSignatureVerifier genesisSignatures;
    private final ArtifactCertificateVerifier artifactVerifier;

    public ChainVerification(MultiSignatureVerifier multiSignatures, GenesisSignatureVerifier genesisSignatures,
            AggregateVerificationKeyCalculator avkCalculator) {
        this.multiSignatures = multiSignatures;
        this.genesisSignatures = genesisSignatures;
        this.artifactVerifier = new ArtifactCertificateVerifier(avkCalculator);
    }

    /**
     * The reference's cryptography (STM, Ed25519 verify_strict) bound to a genesis verification key.
     *
     * @param genesisVerificationKey JSON-hex (or plain hex) of the 32-byte Ed25519 key
     * @throws IllegalArgumentException when the key does not decode
     */
    public static ChainVerification withReferenceCrypto(String genesisVerificationKey) {
        return new ChainVerification(new StmMultiSignatureVerifier(),
                GenesisSignatureVerifier.ed25519(genesisVerificationKey), new StmAggregateVerificationKeyCalculator());
    }

    /** @throws IOException when the source cannot list its certificates or artifacts */
    public VerificationReport verify(ChainSource source) throws IOException {
        Map<String, Certificate> decoded = new HashMap<>();
        CertificateRetriever retriever = hash -> retrieve(source, decoded, hash);
        CertificateWalks walks = new CertificateWalks(retriever,
                new CertificateChainVerifier(retriever, multiSignatures, genesisSignatures));
        for (String start : source.startingCertificates()) {
            walks.walk(start);
        }
        List<String> failures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int[] artifacts = new int[2];
        for (ServedArtifact artifact : source.artifacts()) {
            Optional<String> problem = checkArtifact(artifact, retriever, walks, skipped);
            if (problem == null) {
                continue;
            }
            artifacts[1]++;
            if (problem.isEmpty()) {
                artifacts[0]++;
            } else {
                failures.add("artifact " + artifact.kind().discriminant() + " " + artifact.servedHash() + ": "
                        + problem.get());
            }
        }
        int valid = 0;
        List<String> certificateFailures = new ArrayList<>();
        for (Map.Entry<String, CertificateWalks.Outcome> outcome : walks.outcomes().entrySet()) {
            if (outcome.getValue().valid()) {
                valid++;
            } else {
                certificateFailures.add("certificate " + outcome.getKey() + ": " + outcome.getValue().reason());
            }
        }
        certificateFailures.addAll(failures);
        return new VerificationReport(certificateFailures, skipped, valid, walks.outcomes().size(), artifacts[0],
                artifacts[1]);
    }

    /**
     * @return {@code null} when skipped, empty when verified, else the reason it failed
     */
    private Optional<String> checkArtifact(ServedArtifact served, CertificateRetriever retriever,
            CertificateWalks walks, List<String> skipped) {
        Artifact artifact;
        try {
            artifact = served.kind().read(served.detail());
        } catch (RuntimeException e) {
            return Optional.of("cannot be decoded: " + e.getMessage());
        }
        Certificate certificate;
        try {
            certificate = retriever.retrieve(served.certificateHash());
        } catch (CertificateRetrievalException e) {
            skipped.add("artifact " + served.kind().discriminant() + " " + served.servedHash() + ": certificate "
                    + served.certificateHash() + " is not available (" + e.getMessage() + ")");
            return null;
        }
        walks.walk(certificate.hash());
        try {
            artifactVerifier.verify(new SignedEntity<>(artifact, served.certificateHash(), createdAt(served)),
                    served.servedHash(), certificate);
            return Optional.empty();
        } catch (ArtifactVerificationException | RuntimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Instant createdAt(ServedArtifact served) {
        String text = served.detail().path("created_at").asText("");
        try {
            return text.isEmpty() ? Instant.EPOCH : Rfc3339Dates.parse(text);
        } catch (RuntimeException unparsable) {
            return Instant.EPOCH; // informational only: not part of any hash
        }
    }

    private static Certificate retrieve(ChainSource source, Map<String, Certificate> decoded, String hash)
            throws CertificateRetrievalException {
        Certificate known = decoded.get(hash);
        if (known != null) {
            return known;
        }
        Optional<CertificateMessage> message;
        try {
            message = source.certificate(hash);
        } catch (IOException e) {
            throw new CertificateRetrievalException(e.getMessage(), e);
        }
        if (message.isEmpty()) {
            throw new CertificateRetrievalException("no certificate '" + hash + "' in " + source.describe());
        }
        if (!hash.equals(message.get().hash())) {
            throw new CertificateRetrievalException("looked up as '" + hash + "' in " + source.describe()
                    + " but its hash field is '" + message.get().hash() + "'");
        }
        try {
            Certificate certificate = message.get().toDomain();
            decoded.put(hash, certificate);
            return certificate;
        } catch (RuntimeException e) {
            throw new CertificateRetrievalException("certificate '" + hash + "' is malformed: " + e.getMessage(), e);
        }
    }
}
