package io.mithril.core.internal.certifier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.core.internal.EnabledPlugins;
import io.mithril.core.internal.epoch.EpochData;
import io.mithril.core.internal.epoch.EpochDataException;
import io.mithril.core.internal.epoch.EpochMultiSigner;
import io.mithril.core.internal.epoch.EpochService;
import io.mithril.core.internal.store.CertificateRecords;
import io.mithril.core.internal.store.Repositories;
import io.mithril.crypto.stm.ConcatenationProof;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.domain.Certificate;
import io.mithril.domain.CertificateMetadata;
import io.mithril.domain.CertificateSignature;
import io.mithril.domain.Epoch;
import io.mithril.domain.StakeDistributionParty;
import io.mithril.domain.chain.CertificateChainVerifier;
import io.mithril.domain.chain.CertificateVerificationException;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.MetricsService;
import io.mithril.store.CertificateRecord;
import io.mithril.store.SingleSignatureRecord;

/**
 * Creates the certificate of an open message once its signatures reach the quorum (aggregator.md §2.5), then starts
 * the artifact job. Calls are serialized, so the runtime's tick and the signature processor never certify the same
 * open message twice: the second caller finds it certified.
 */
public final class Certifier {
    private static final Logger LOG = LoggerFactory.getLogger(Certifier.class);

    private final Repositories repositories;
    private final EpochService epochs;
    private final EnabledPlugins plugins;
    private final ArtifactJobs artifacts;
    private final QuorumTracker quorum;
    private final CertificateChainVerifier verifier;
    private final String network;
    private final MetricsService metrics;
    private final Clock clock;

    public Certifier(Repositories repositories, EpochService epochs, EnabledPlugins plugins, ArtifactJobs artifacts,
            QuorumTracker quorum, CertificateChainVerifier verifier, String network, MetricsService metrics,
            Clock clock) {
        this.repositories = repositories;
        this.epochs = epochs;
        this.plugins = plugins;
        this.artifacts = artifacts;
        this.quorum = quorum;
        this.verifier = verifier;
        this.network = network;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Certifies the open message if it is still open and its signatures aggregate.
     *
     * @return the stored certificate; empty when the message is already certified or expired, or has no quorum yet
     * @throws CertificationException when the certificate cannot be built, verified or stored
     */
    public synchronized Optional<Certificate> certify(String openMessageId) throws CertificationException {
        OpenMessage message = repositories.openMessages().byId(openMessageId).map(record -> OpenMessage.fromRecord(record, plugins))
                .orElseThrow(() -> new CertificationException("no open message " + openMessageId));
        if (message.certified() || message.expired()) {
            return Optional.empty();
        }
        try {
            EpochData epoch = epochs.requireData();
            if (epoch.epoch() != message.epoch()) {
                throw new CertificationException("open message of epoch " + message.epoch()
                        + " cannot be certified at epoch " + epoch.epoch());
            }
            Optional<Certificate> certificate = build(message, epoch);
            if (certificate.isPresent()) {
                store(message, certificate.get());
                startArtifactJob(message, certificate.get(), epoch);
            }
            return certificate;
        } catch (EpochDataException | StmException | CertificateVerificationException e) {
            throw new CertificationException("cannot certify " + message.type() + ": " + e.getMessage(), e);
        }
    }

    private Optional<Certificate> build(OpenMessage message, EpochData epoch)
            throws CertificationException, EpochDataException, StmException, CertificateVerificationException {
        CertificateRecord parent = repositories.certificates().masterCertificateOf(message.epoch()).orElseThrow(
                () -> new CertificationException("NoParentCertificateFound for epoch " + message.epoch()));
        List<SingleSignatureRecord> stored = repositories.singleSignatures().byOpenMessage(message.id());
        EpochMultiSigner signer = epoch.requireMultiSigners().current();
        Optional<ConcatenationProof> aggregate = signer.aggregate(decode(stored), message.signedBytes());
        if (aggregate.isEmpty()) {
            return Optional.empty();
        }
        CertificateMetadata metadata = new CertificateMetadata(network, CertificateMetadata.PROTOCOL_VERSION,
                signer.protocolParameters(), message.createdAt(), clock.instant(), signersOf(stored, epoch));
        Certificate certificate = Certificate.create(parent.certificateId(), Epoch.of(message.epoch()), metadata,
                message.protocolMessage(), signer.aggregateVerificationKeyJsonHex(),
                new CertificateSignature.MultiSignature(message.type(), StmJsonHex.encode(aggregate.get())));
        verifier.verifyCertificate(certificate);
        return Optional.of(certificate);
    }

    private static List<SingleSignature> decode(List<SingleSignatureRecord> stored) throws StmException {
        List<SingleSignature> signatures = new ArrayList<>(stored.size());
        for (SingleSignatureRecord record : stored) {
            signatures.add(StmJsonHex.decodeSingleSignature(record.signature()));
        }
        return signatures;
    }

    /** The current signers that signed the message, with their stakes, in party order (aggregator.md §2.5 step 5). */
    private static List<StakeDistributionParty> signersOf(List<SingleSignatureRecord> stored, EpochData epoch) {
        Set<String> parties = stored.stream().map(SingleSignatureRecord::signerId).collect(Collectors.toSet());
        return epoch.currentSignersWithStake().stream().filter(s -> parties.contains(s.partyId()))
                .map(s -> new StakeDistributionParty(s.partyId(), s.stake())).toList();
    }

    private void store(OpenMessage message, Certificate certificate) {
        repositories.transactions().inTransaction(() -> {
            repositories.certificates().insert(CertificateRecords.toRecord(certificate));
            repositories.openMessages().markCertified(message.id());
        });
        quorum.forget(message.id());
        metrics.increment(AggregatorMetric.CERTIFICATE_TOTAL_PRODUCED);
        LOG.info("certificate {} created for {} at epoch {}", certificate.hash(), message.type(), message.epoch());
    }

    /** A failure to start the job is logged only: the certificate is stored, as in the reference (ReInit). */
    private void startArtifactJob(OpenMessage message, Certificate certificate, EpochData epoch) {
        plugins.find(message.discriminant()).ifPresentOrElse(plugin -> {
            try {
                artifacts.start(plugin, message.type(), certificate, epoch);
            } catch (RuntimeException e) {
                LOG.warn("artifact job of {} not started: {}", message.type(), e.getMessage());
            }
        }, () -> LOG.warn("no enabled plugin builds the artifact of {}", message.type()));
    }
}
