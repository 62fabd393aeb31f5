package io.mithril.core.internal.follower;

import io.mithril.core.internal.store.EpochSettingsRecords;
import io.mithril.domain.EpochSettings;
import io.mithril.domain.message.ProtocolConfigurationMessage;
import io.mithril.domain.message.SigningConfigMessage;
import io.mithril.store.EpochSettingRepository;

/**
 * A follower's network configuration comes from its leader (aggregator.md §3.1, §3.3): the leader's
 * {@code /protocol-configuration/{e}} for e = N−1, N, N+1 is recorded locally (insert-or-ignore, as every settings
 * row), so the follower's own {@code /protocol-configuration/{e}} mirrors the leader's; the types it may sign are
 * those the leader makes available with the aggregation settings (N−1).
 */
public final class LeaderSettingsSync {
    private final LeaderApi leader;
    private final EpochSettingRepository settings;
    private final LeaderSignedTypes types;

    public LeaderSettingsSync(LeaderApi leader, EpochSettingRepository settings, LeaderSignedTypes types) {
        this.leader = leader;
        this.settings = settings;
        this.types = types;
    }

    /** @throws LeaderUnavailableException when the leader lacks one of the three configurations */
    public void synchronise(long epoch) throws LeaderUnavailableException {
        for (long e = Math.max(0, epoch - 1); e <= epoch + 1; e++) {
            ProtocolConfigurationMessage configuration = leader.protocolConfiguration(e);
            settings.insertIfAbsent(EpochSettingsRecords.toRecord(e, toDomain(configuration)));
            if (e == Math.max(0, epoch - 1)) {
                types.leaderAllows(configuration.availableSignedEntityTypes());
            }
        }
    }

    private static EpochSettings toDomain(ProtocolConfigurationMessage message) {
        return new EpochSettings(message.protocolParameters().toDomain(),
                signingConfig(message.cardanoTransactionsSigningConfig()),
                signingConfig(message.cardanoBlocksTransactionsSigningConfig()));
    }

    private static io.mithril.domain.SigningConfig signingConfig(SigningConfigMessage message) {
        return message == null ? null : message.toDomain();
    }
}
