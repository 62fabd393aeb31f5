package io.mithril.core.internal.certifier;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.core.internal.store.ProtocolMessages;
import io.mithril.domain.Certificate;
import io.mithril.domain.SignedEntityType;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.MetricsService;
import io.mithril.spi.signedentity.Artifact;
import io.mithril.spi.signedentity.Beacon;
import io.mithril.spi.signedentity.CertificateInfo;
import io.mithril.spi.signedentity.EpochContext;
import io.mithril.spi.signedentity.SignedEntityPlugin;
import io.mithril.store.SignedEntityRecord;
import io.mithril.store.SignedEntityRepository;

/**
 * The asynchronous artifact job of aggregator.md §2.6: once a certificate exists, the plugin builds the artifact on
 * the job executor (the caller does not wait), with up to {@value #ATTEMPTS} attempts, and the signed entity is
 * stored. While a type's job runs, the type is locked: no new open message of that type, no database upkeep. When
 * both attempts fail the certificate stays without an artifact, as in the reference.
 */
public final class ArtifactJobs {
    static final int ATTEMPTS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(ArtifactJobs.class);
    private static final Map<String, AggregatorMetric> PRODUCED = Map.of(
            "MithrilStakeDistribution", AggregatorMetric.ARTIFACT_MITHRIL_STAKE_DISTRIBUTION_TOTAL_PRODUCED,
            "CardanoStakeDistribution", AggregatorMetric.ARTIFACT_CARDANO_STAKE_DISTRIBUTION_TOTAL_PRODUCED,
            "CardanoDatabase", AggregatorMetric.ARTIFACT_CARDANO_DATABASE_TOTAL_PRODUCED,
            "CardanoTransactions", AggregatorMetric.ARTIFACT_CARDANO_TRANSACTION_TOTAL_PRODUCED,
            "CardanoBlocksTransactions", AggregatorMetric.ARTIFACT_CARDANO_BLOCKS_TRANSACTIONS_TOTAL_PRODUCED);

    private final SignedEntityRepository signedEntities;
    private final MetricsService metrics;
    private final Executor executor;
    private final Clock clock;
    private final Set<String> locked = ConcurrentHashMap.newKeySet();

    public ArtifactJobs(SignedEntityRepository signedEntities, MetricsService metrics, Executor executor,
            Clock clock) {
        this.signedEntities = signedEntities;
        this.metrics = metrics;
        this.executor = executor;
        this.clock = clock;
    }

    public boolean isLocked(String discriminant) {
        return locked.contains(discriminant);
    }

    public boolean anyLocked() {
        return !locked.isEmpty();
    }

    /**
     * Locks the type and hands the job to the executor.
     *
     * @throws IllegalStateException when a job of the same type is still running (the reference's ReInit error)
     */
    public void start(SignedEntityPlugin plugin, SignedEntityType type, Certificate certificate,
            EpochContext epoch) {
        String discriminant = plugin.discriminant();
        if (!locked.add(discriminant)) {
            throw new IllegalStateException("an artifact of " + discriminant + " is already being built");
        }
        try {
            executor.execute(() -> run(plugin, type, certificate, epoch));
        } catch (RuntimeException rejected) {
            locked.remove(discriminant);
            throw rejected;
        }
    }

    private void run(SignedEntityPlugin plugin, SignedEntityType type, Certificate certificate, EpochContext epoch) {
        try {
            Optional<Artifact> artifact = build(plugin, type, certificate, epoch);
            if (artifact.isEmpty()) {
                return;
            }
            signedEntities.insert(new SignedEntityRecord(artifact.get().hash(), type.databaseId(),
                    certificate.hash(), type.beaconJson(), artifact.get().json(), clock.instant()));
            AggregatorMetric metric = PRODUCED.get(plugin.discriminant());
            if (metric != null) {
                metrics.increment(metric);
            }
            LOG.info("artifact {} of {} stored for certificate {}", artifact.get().hash(), type,
                    certificate.hash());
        } catch (RuntimeException e) {
            LOG.warn("cannot store the artifact of {} (certificate {})", type, certificate.hash(), e);
        } finally {
            locked.remove(plugin.discriminant());
        }
    }

    private static Optional<Artifact> build(SignedEntityPlugin plugin, SignedEntityType type,
            Certificate certificate, EpochContext epoch) {
        CertificateInfo info = new CertificateInfo(certificate.hash(), certificate.epoch().value(),
                certificate.signedMessage(), ProtocolMessages.wireParts(certificate.protocolMessage()),
                certificate.metadata().sealedAt());
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                Beacon beacon = plugin.parseBeacon(type.beaconJson());
                return Optional.of(plugin.buildArtifact(beacon, info, epoch));
            } catch (Exception e) {
                LOG.warn("artifact of {} failed (attempt {}/{})", type, attempt, ATTEMPTS, e);
            }
        }
        LOG.warn("no artifact for certificate {} of {}: every attempt failed", certificate.hash(), type);
        return Optional.empty();
    }
}
