package io.mithril.core.internal.follower;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.core.internal.certifier.OpenMessage;
import io.mithril.core.internal.store.CertificateRecords;
import io.mithril.core.internal.store.Repositories;
import io.mithril.domain.Certificate;
import io.mithril.domain.Epoch;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.chain.CertificateChainVerifier;
import io.mithril.domain.chain.CertificateVerificationException;
import io.mithril.domain.chain.GenesisSignatureVerifier;
import io.mithril.domain.chain.StmMultiSignatureVerifier;
import io.mithril.store.CertificateRecord;

/**
 * Synchronises the follower's certificate chain with the leader's (aggregator.md §3.1 step 4): unless forced, nothing
 * happens while the local genesis is the leader's; otherwise the leader's chain is walked from its latest certificate
 * to its genesis, every certificate verified (parents fetched from the leader), and the genesis and the first
 * certificate of every epoch are stored (insert-or-replace, genesis first). The follower's own certificates then chain
 * to those. A certified {@code MithrilStakeDistribution(latest epoch)} open message is recorded so the follower does
 * not sign it again.
 */
public final class LeaderChainSync {
    /** What a synchronisation did. */
    public enum Outcome {
        /** The local genesis is the leader's (or the leader has none): nothing to do. */
        UP_TO_DATE,
        /** The leader's epoch-first certificates were stored. */
        SYNCHRONISED,
        /** The leader's latest certificate is more than one epoch away from the current epoch. */
        EPOCH_GAP
    }

    private static final Logger LOG = LoggerFactory.getLogger(LeaderChainSync.class);

    private final LeaderApi leader;
    private final Repositories repositories;
    private final CertificateChainVerifier verifier;
    private final Clock clock;

    public LeaderChainSync(LeaderApi leader, Repositories repositories, GenesisSignatureVerifier genesis,
            Clock clock) {
        this.leader = leader;
        this.repositories = repositories;
        this.verifier = new CertificateChainVerifier(new LeaderCertificateRetriever(leader),
                new StmMultiSignatureVerifier(), genesis);
        this.clock = clock;
    }

    /**
     * @param force resynchronise even when the genesis is the leader's (the local chain is invalid or gapped)
     * @throws CertificateVerificationException when the leader's chain does not verify (nothing is stored)
     */
    public Outcome synchronise(long epoch, boolean force)
            throws LeaderUnavailableException, CertificateVerificationException {
        if (!force && !genesisDiffers()) {
            return Outcome.UP_TO_DATE;
        }
        Optional<String> latestHash = leader.latestCertificateHash();
        if (latestHash.isEmpty()) {
            return Outcome.UP_TO_DATE;
        }
        Certificate latest = leader.certificate(latestHash.get());
        if (Math.abs(epoch - latest.epoch().value()) > 1) {
            return Outcome.EPOCH_GAP;
        }
        List<Certificate> kept = epochFirstCertificates(latest);
        repositories.transactions().inTransaction(() -> {
            kept.forEach(c -> repositories.certificates().insertOrReplace(CertificateRecords.toRecord(c)));
            markStakeDistributionCertified(latest);
        });
        LOG.info("certificate chain synchronised from the leader: {} certificates down to genesis {} (epoch {})",
                kept.size(), kept.get(0).hash(), kept.get(0).epoch().value());
        return Outcome.SYNCHRONISED;
    }

    private boolean genesisDiffers() throws LeaderUnavailableException {
        Optional<Certificate> remote = leader.genesisCertificate();
        if (remote.isEmpty()) {
            return false;
        }
        // The hash covers the whole certificate: equal hashes are the reference's full equality.
        return repositories.certificates().latestGenesis().map(CertificateRecord::certificateId)
                .map(local -> !local.equals(remote.get().hash())).orElse(true);
    }

    /** The genesis first, then the first certificate of each epoch, each verified with its link to its parent. */
    private List<Certificate> epochFirstCertificates(Certificate latest) throws CertificateVerificationException {
        List<Certificate> kept = new ArrayList<>();
        Certificate current = latest;
        while (true) {
            Optional<Certificate> previous = verifier.verifyCertificate(current);
            if (previous.isEmpty() || previous.get().epoch().value() != current.epoch().value()) {
                kept.add(current);
            }
            if (previous.isEmpty()) {
                break;
            }
            current = previous.get();
        }
        Collections.reverse(kept);
        return kept;
    }

    private void markStakeDistributionCertified(Certificate latest) {
        long epoch = latest.epoch().value();
        if (repositories.epochSettings().byEpoch(epoch).isEmpty()) {
            return;
        }
        SignedEntityType type = new SignedEntityType.MithrilStakeDistribution(Epoch.of(epoch));
        int typeId = type.discriminant().databaseId();
        Optional<OpenMessage> existing = repositories.openMessages().byTypeAndBeacon(typeId, type.beaconJson())
                .map(OpenMessage::fromRecord);
        if (existing.isPresent()) {
            repositories.openMessages().markCertified(existing.get().id());
            return;
        }
        Instant now = clock.instant();
        repositories.openMessages().insert(new OpenMessage(UUID.randomUUID().toString(), epoch, type,
                latest.protocolMessage(), true, false, now, now).toRecord());
    }
}
