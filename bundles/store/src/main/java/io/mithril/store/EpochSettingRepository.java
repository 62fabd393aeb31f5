package io.mithril.store;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Protocol parameters and signing configurations per epoch. */
@ProviderType
public interface EpochSettingRepository {
    /** Inserts the settings unless that epoch already has some: the stored row wins (aggregator.md §2.1, §2.2). */
    boolean insertIfAbsent(EpochSettingRecord settings);

    Optional<EpochSettingRecord> byEpoch(long epoch);
}
