package io.mithril.core.internal.epoch;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import io.mithril.core.internal.config.AggregatorSettings;
import io.mithril.core.internal.store.EpochSettingsRecords;
import io.mithril.core.internal.store.Repositories;
import io.mithril.domain.EpochSettings;
import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SignerWithStake;
import io.mithril.spi.signedentity.EpochContext;
import io.mithril.spi.signedentity.EpochContextProvider;
import io.mithril.store.EpochSettingRecord;
import io.mithril.store.SignerRegistrationRecord;

/**
 * The leader's epoch service (aggregator.md §2.2, §2.3). {@link #informEpoch} records the settings of N−1, N and N+1
 * when absent (insert-or-ignore: a stored row always wins over the configuration, which is only a fallback; this
 * also covers the reference's start-up "handle discrepancies") and loads the epoch's data; {@link #precompute} builds
 * the multi-signers. Both are idempotent, as the runtime re-runs them after an error.
 */
public final class EpochService implements EpochContextProvider {
    private static final String CARDANO_TRANSACTIONS = EpochData.CARDANO_TRANSACTIONS;
    private static final String CARDANO_BLOCKS_TRANSACTIONS = EpochData.CARDANO_BLOCKS_TRANSACTIONS;

    private final Repositories repositories;
    private final AggregatorSettings settings;
    private final Predicate<String> isConfiguredType;
    private volatile EpochData data;

    /**
     * @param isConfiguredType whether a signed entity type is in {@code signed_entity_types}: only those get a
     *        signing configuration in the settings recorded
     */
    public EpochService(Repositories repositories, AggregatorSettings settings, Predicate<String> isConfiguredType) {
        this.repositories = repositories;
        this.settings = settings;
        this.isConfiguredType = isConfiguredType;
    }

    /**
     * @throws EpochDataException when an epoch has no stored settings and no {@code protocol_parameters} are configured
     */
    public synchronized void informEpoch(long epoch, EpochData.Eras eras) throws EpochDataException {
        for (long settingsEpoch = Math.max(0, epoch - 1); settingsEpoch <= epoch + 1; settingsEpoch++) {
            recordSettingsIfAbsent(settingsEpoch);
        }
        data = new EpochData(epoch, settingsOf(epoch - 1), settingsOf(epoch), settingsOf(epoch + 1),
                signersOf(epoch - 1), signersOf(epoch), eras, repositories.stakePools(), null);
    }

    /**
     * Builds the current multi-signer (aggregation parameters, signers under N−1) and the next one (next parameters,
     * signers under N). Nothing to do when already computed for this epoch.
     *
     * @throws EpochDataException when there is no current signer, or a stored registration does not verify again
     */
    public synchronized void precompute() throws EpochDataException {
        EpochData current = requireData();
        if (current.multiSigners().isPresent()) {
            return;
        }
        EpochMultiSigner currentSigner = EpochMultiSigner.build(
                current.aggregationSettings().protocolParameters(), current.currentSignersWithStake());
        Optional<EpochMultiSigner> nextSigner = current.nextSignersWithStake().isEmpty() ? Optional.empty()
                : Optional.of(EpochMultiSigner.build(current.nextAggregationSettings().protocolParameters(),
                        current.nextSignersWithStake()));
        data = current.withMultiSigners(new EpochData.MultiSigners(currentSigner, nextSigner));
    }

    /**
     * Reloads the signers of the epoch last informed (a follower has just recorded its leader's signers); the
     * multi-signers are built again by the next {@link #precompute}.
     */
    public synchronized void reloadSigners() throws EpochDataException {
        EpochData current = requireData();
        informEpoch(current.epoch(), current.eras());
    }

    /** The data of the epoch last informed, if any. */
    public Optional<EpochData> data() {
        return Optional.ofNullable(data);
    }

    /** @throws EpochDataException before the first {@link #informEpoch} */
    public EpochData requireData() throws EpochDataException {
        EpochData current = data;
        if (current == null) {
            throw new EpochDataException("the epoch service has not been informed of an epoch yet");
        }
        return current;
    }

    @Override
    public Optional<EpochContext> current() {
        return Optional.ofNullable(data);
    }

    private void recordSettingsIfAbsent(long epoch) throws EpochDataException {
        if (repositories.epochSettings().byEpoch(epoch).isPresent()) {
            return;
        }
        ProtocolParameters parameters = settings.protocolParameters().orElseThrow(() -> new EpochDataException(
                "no epoch settings stored for epoch " + epoch + " and no protocol_parameters configured"));
        EpochSettings configured = new EpochSettings(parameters,
                isConfiguredType.test(CARDANO_TRANSACTIONS) ? settings.cardanoTransactionsSigningConfig() : null,
                isConfiguredType.test(CARDANO_BLOCKS_TRANSACTIONS)
                        ? settings.cardanoBlocksTransactionsSigningConfig() : null);
        repositories.epochSettings().insertIfAbsent(EpochSettingsRecords.toRecord(epoch, configured));
    }

    private EpochSettings settingsOf(long epoch) throws EpochDataException {
        long key = Math.max(0, epoch);
        EpochSettingRecord record = repositories.epochSettings().byEpoch(key)
                .orElseThrow(() -> new EpochDataException("no epoch settings stored for epoch " + key));
        return EpochSettingsRecords.toDomain(record);
    }

    private List<SignerWithStake> signersOf(long epoch) {
        if (epoch < 0) {
            return List.of();
        }
        return repositories.signerRegistrations().byEpoch(epoch).stream().map(EpochService::withStake).toList();
    }

    /** A stored registration as a signer with its stake. */
    public static SignerWithStake withStake(SignerRegistrationRecord r) {
        return new SignerWithStake(r.signerId(), r.verificationKey(), r.verificationKeySignature(),
                r.operationalCertificate(), r.kesPeriod(), r.stake() == null ? 0 : r.stake());
    }
}
