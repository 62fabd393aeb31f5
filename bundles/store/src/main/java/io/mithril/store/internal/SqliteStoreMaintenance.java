package io.mithril.store.internal;

import static io.mithril.store.internal.JooqEpochSettingRepository.EPOCH_SETTING;
import static io.mithril.store.internal.JooqEpochSettingRepository.EPOCH_SETTING_ID;
import static io.mithril.store.internal.JooqSignerRegistrationRepository.SIGNER_REGISTRATION;
import static io.mithril.store.internal.JooqStakePoolRepository.STAKE_POOL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.store.StoreMaintenance;

/** Retention pruning, WAL checkpoints and VACUUM (aggregator.md §0, §2.7). */
@Component(service = StoreMaintenance.class)
public final class SqliteStoreMaintenance implements StoreMaintenance {
    /** aggregator.md §2.7: a retention limit below 3 epochs would break the +1/+2 bookkeeping. */
    static final long MINIMUM_RETENTION = 3;
    static final String LAST_VACUUM_FILE = "last_vacuum_time";
    private static final Duration VACUUM_PERIOD = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(SqliteStoreMaintenance.class);

    private final SqliteDatabase aggregator;
    private final SqliteDatabase monitoring;
    private final Clock clock;

    public SqliteStoreMaintenance(SqliteDatabase aggregator, SqliteDatabase monitoring, Clock clock) {
        this.aggregator = aggregator;
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @Activate
    public SqliteStoreMaintenance(@Reference StoreDatabases databases) {
        this(databases.aggregator(), databases.monitoring(), Clock.systemUTC());
    }

    @Override
    public void applyRetention(long currentEpoch, long retentionLimit) {
        long limit = Math.max(retentionLimit, MINIMUM_RETENTION);
        // Children before parents: signer_registration references epoch_setting.
        aggregator.write(dsl -> {
            int stakes = dsl.deleteFrom(STAKE_POOL)
                    .where(JooqStakePoolRepository.EPOCH.lt(currentEpoch - limit)).execute();
            int registrations = dsl.deleteFrom(SIGNER_REGISTRATION)
                    .where(JooqSignerRegistrationRepository.EPOCH_SETTING_ID.lt(currentEpoch + 1 - limit)).execute();
            int settings = dsl.deleteFrom(EPOCH_SETTING).where(EPOCH_SETTING_ID.lt(currentEpoch - limit)).execute();
            LOG.debug("retention at epoch {} (limit {}): pruned {} stakes, {} registrations, {} epoch settings",
                    currentEpoch, limit, stakes, registrations, settings);
            return null;
        });
    }

    @Override
    public void checkpoint() {
        aggregator.checkpoint();
        monitoring.checkpoint();
    }

    @Override
    public void vacuum() {
        aggregator.vacuum();
        Path marker = markerFile();
        if (marker != null) {
            try {
                Files.writeString(marker, Timestamps.format(clock.instant()));
            } catch (IOException e) {
                LOG.warn("cannot write {}: {}", marker, e.getMessage());
            }
        }
    }

    @Override
    public boolean vacuumIfDue() {
        Path marker = markerFile();
        if (marker == null || !isDue(marker)) {
            return false;
        }
        LOG.info("vacuuming {}: last vacuum more than {} days ago", aggregator.name(), VACUUM_PERIOD.toDays());
        vacuum();
        return true;
    }

    private boolean isDue(Path marker) {
        try {
            Instant last = Timestamps.parse(Files.readString(marker).strip());
            return last.plus(VACUUM_PERIOD).isBefore(clock.instant());
        } catch (IOException | RuntimeException e) {
            return true; // absent or unreadable
        }
    }

    private Path markerFile() {
        return aggregator.file() == null ? null : aggregator.file().resolveSibling(LAST_VACUUM_FILE);
    }
}
