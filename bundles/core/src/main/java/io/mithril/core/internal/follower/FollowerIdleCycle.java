package io.mithril.core.internal.follower;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.core.internal.epoch.EpochService;
import io.mithril.core.internal.runtime.ChainStatusChecker;
import io.mithril.core.internal.runtime.EpochTransition;
import io.mithril.core.internal.runtime.IdleCycle;
import io.mithril.core.internal.runtime.LeaderIdleCycle;
import io.mithril.core.internal.runtime.RuntimeState;
import io.mithril.core.internal.runtime.TimePointReader;
import io.mithril.core.internal.store.CertificateRecords;
import io.mithril.core.internal.store.Repositories;
import io.mithril.domain.chain.CertificateChainVerifier;
import io.mithril.domain.chain.CertificateVerificationException;
import io.mithril.domain.message.EpochSettingsMessage;
import io.mithril.spi.chain.TimePoint;
import io.mithril.store.CertificateRecord;

/**
 * The follower's Idle (aggregator.md §3.1): wait until the leader is at the same epoch, take the network
 * configuration from it, run the common epoch tasks, record the leader's next signers, resynchronise the certificate
 * chain when the genesis differs or the local chain is invalid or gapped, then check the chain as a leader does.
 * <p>
 * Unlike the reference, a follower whose leader is unreachable goes on from its stored state when it has what the
 * epoch needs (settings, and the signers of this epoch recorded before the leader went down), e.g. after a restart
 * mid-epoch; otherwise the tick fails and is retried, and the synchronisation happens as soon as the leader answers.
 */
public final class FollowerIdleCycle implements IdleCycle {
    private static final Logger LOG = LoggerFactory.getLogger(FollowerIdleCycle.class);

    private final TimePointReader timePoints;
    private final LeaderApi leader;
    private final LeaderSettingsSync settingsSync;
    private final EpochTransition transition;
    private final LeaderSignersSync signersSync;
    private final LeaderChainSync chainSync;
    private final ChainStatusChecker chainStatus;
    private final CertificateChainVerifier localVerifier;
    private final EpochService epochs;
    private final Repositories repositories;

    public FollowerIdleCycle(TimePointReader timePoints, LeaderApi leader, LeaderSettingsSync settingsSync,
            EpochTransition transition, LeaderSignersSync signersSync, LeaderChainSync chainSync,
            ChainStatusChecker chainStatus, CertificateChainVerifier localVerifier, EpochService epochs,
            Repositories repositories) {
        this.timePoints = timePoints;
        this.leader = leader;
        this.settingsSync = settingsSync;
        this.transition = transition;
        this.signersSync = signersSync;
        this.chainSync = chainSync;
        this.chainStatus = chainStatus;
        this.localVerifier = localVerifier;
        this.epochs = epochs;
        this.repositories = repositories;
    }

    @Override
    public RuntimeState next(RuntimeState.Idle idle) throws Exception {
        TimePoint now = timePoints.read();
        long epoch = now.epoch();
        Optional<EpochSettingsMessage> leaderEpoch = reachLeader();
        if (leaderEpoch.isPresent() && leaderEpoch.get().epoch() != epoch) {
            LOG.debug("leader at epoch {}, follower at epoch {}: waiting", leaderEpoch.get().epoch(), epoch);
            return idle;
        }
        if (leaderEpoch.isPresent()) {
            settingsSync.synchronise(epoch);
        } else {
            requireStoredState(epoch);
        }
        if (LeaderIdleCycle.isNewEpoch(idle, now)) {
            transition.run(now);
        }
        if (leaderEpoch.isPresent()) {
            signersSync.synchronise(leaderEpoch.get().nextSigners(), epoch);
            epochs.reloadSigners();
        }
        boolean force = localChainNeedsResync(epoch);
        if (leaderEpoch.isPresent()) {
            if (chainSync.synchronise(epoch, force) == LeaderChainSync.Outcome.EPOCH_GAP) {
                return new RuntimeState.Blocked(now, RuntimeState.Reason.EPOCH_GAP);
            }
        } else if (force) {
            throw new LeaderUnavailableException("the local certificate chain must be resynchronised and the leader"
                    + " is unreachable");
        }
        return LeaderIdleCycle.stateAfterCheck(chainStatus.check(epoch), now);
    }

    private Optional<EpochSettingsMessage> reachLeader() {
        try {
            return Optional.of(leader.epochSettings());
        } catch (LeaderUnavailableException e) {
            LOG.warn("{}: going on from the stored state", e.getMessage());
            return Optional.empty();
        }
    }

    /** Without the leader, an epoch can only be worked on when its settings and signers were recorded before. */
    private void requireStoredState(long epoch) throws LeaderUnavailableException {
        for (long e = Math.max(0, epoch - 1); e <= epoch + 1; e++) {
            if (repositories.epochSettings().byEpoch(e).isEmpty()) {
                throw new LeaderUnavailableException("the leader is unreachable and the settings of epoch " + e
                        + " are not recorded yet: waiting for the leader");
            }
        }
        if (repositories.signerRegistrations().byEpoch(epoch).isEmpty()) {
            throw new LeaderUnavailableException("the leader is unreachable and the signers of epoch " + epoch
                    + " are not recorded yet: waiting for the leader");
        }
    }

    /** The reference forces a resync when the local chain check fails: a gap, or a chain that does not verify. */
    private boolean localChainNeedsResync(long epoch) {
        Optional<CertificateRecord> latest = repositories.certificates().latest(1).stream().findFirst();
        if (latest.isEmpty()) {
            return false;
        }
        if (Math.abs(epoch - latest.get().epoch()) > 1) {
            LOG.warn("local chain: latest certificate at epoch {}, current epoch {}: resynchronising",
                    latest.get().epoch(), epoch);
            return true;
        }
        try {
            localVerifier.verifyChain(CertificateRecords.toDomain(latest.get()));
            return false;
        } catch (CertificateVerificationException | RuntimeException e) {
            LOG.warn("local chain does not verify ({}): resynchronising", e.getMessage());
            return true;
        }
    }
}
