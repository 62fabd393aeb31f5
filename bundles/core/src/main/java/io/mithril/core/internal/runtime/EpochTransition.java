package io.mithril.core.internal.runtime;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.core.internal.certifier.ArtifactJobs;
import io.mithril.core.internal.certifier.QuorumTracker;
import io.mithril.core.internal.config.AggregatorSettings;
import io.mithril.core.internal.epoch.EpochData;
import io.mithril.core.internal.epoch.EpochService;
import io.mithril.core.internal.registration.RegistrationRound;
import io.mithril.core.internal.registration.RegistrationRounds;
import io.mithril.core.internal.store.Repositories;
import io.mithril.era.UnsupportedEraException;
import io.mithril.spi.chain.ChainObserver;
import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.chain.TimePoint;

/**
 * The common Idle tasks run when a new epoch N is seen (aggregator.md §2.1, leader). Every task is idempotent, since
 * a failed tick runs them all again: settings are insert-or-ignore, stakes are skipped when present, deleting past
 * open messages and re-opening the round are harmless.
 */
public final class EpochTransition {
    /** The reference floors the retention limit at 3 epochs (aggregator.md §2.7). */
    static final long MINIMUM_RETENTION = 3;
    private static final Logger LOG = LoggerFactory.getLogger(EpochTransition.class);

    private final ChainObserver chain;
    private final EraGate eras;
    private final Repositories repositories;
    private final EpochService epochs;
    private final RegistrationRounds rounds;
    private final ArtifactJobs artifacts;
    private final QuorumTracker quorum;
    private final AggregatorSettings settings;
    private final Clock clock;

    /**
     * @param rounds the registration rounds opened at each epoch; null on a follower, whose rounds are no-ops
     *        (aggregator.md §3.2)
     */
    public EpochTransition(ChainObserver chain, EraGate eras, Repositories repositories, EpochService epochs,
            RegistrationRounds rounds, ArtifactJobs artifacts, QuorumTracker quorum, AggregatorSettings settings,
            Clock clock) {
        this.chain = chain;
        this.eras = eras;
        this.repositories = repositories;
        this.epochs = epochs;
        this.rounds = rounds;
        this.artifacts = artifacts;
        this.quorum = quorum;
        this.settings = settings;
        this.clock = clock;
    }

    /** @throws CriticalRuntimeException when the current era is not supported by this software */
    public void run(TimePoint timePoint) throws CriticalRuntimeException, Exception {
        long epoch = timePoint.epoch();
        if (rounds != null) {
            rounds.close();
        }
        String mithrilEra;
        try {
            mithrilEra = eras.update(epoch);
        } catch (UnsupportedEraException e) {
            throw new CriticalRuntimeException("transiting IDLE → READY: " + e.getMessage(), e);
        }
        recordStakeDistribution(epoch);
        repositories.openMessages().deleteBeforeEpoch(epoch);
        quorum.clear();
        epochs.informEpoch(epoch, new EpochData.Eras(chain.currentEra(), mithrilEra));
        upkeep(epoch);
        if (rounds == null) {
            LOG.info("epoch {} initialised (follower: no registration round)", epoch);
            return;
        }
        rounds.open(new RegistrationRound(epoch + 1, repositories.stakePools().byEpoch(epoch + 1)));
        LOG.info("epoch {} initialised: registration round open for epoch {}", epoch, epoch + 1);
    }

    /** The chain's current ("mark") stakes are recorded under N+1 (aggregator.md §2.2). */
    private void recordStakeDistribution(long epoch) throws ChainObserverException {
        if (repositories.stakePools().hasEpoch(epoch + 1)) {
            return;
        }
        StakeDistribution stakes = chain.currentStakeDistribution()
                .orElseThrow(() -> new ChainObserverException("the chain observer returned no stake distribution"));
        repositories.stakePools().save(epoch + 1, stakes.stakeByPoolId(), clock.instant());
    }

    private void upkeep(long epoch) {
        settings.storeRetentionLimit().ifPresent(limit -> repositories.maintenance().applyRetention(epoch,
                Math.max(limit, MINIMUM_RETENTION)));
        if (artifacts.anyLocked()) {
            LOG.info("database checkpoint skipped: an artifact is being built");
            return;
        }
        repositories.maintenance().checkpoint();
    }
}
