package io.mithril.core.internal.epoch;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mithril.domain.EpochSettings;
import io.mithril.domain.SignerWithStake;
import io.mithril.domain.SigningConfig;
import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.signedentity.EpochContext;
import io.mithril.spi.signedentity.ProtocolParameters;
import io.mithril.spi.signedentity.RegisteredSigner;
import io.mithril.store.StakePoolRepository;

/**
 * What the epoch service knows at epoch N (aggregator.md §2.2, §2.3): settings stored under N−1 (aggregation), N
 * (next aggregation) and N+1 (registration); current signers = registrations under N−1, next signers = registrations
 * under N; the eras; the Cardano totals from the stakes under N−1; and, once precomputed, the two multi-signers.
 * Immutable; the plugins see it as their {@link EpochContext}.
 */
public final class EpochData implements EpochContext {
    static final String CARDANO_TRANSACTIONS = "CardanoTransactions";
    static final String CARDANO_BLOCKS_TRANSACTIONS = "CardanoBlocksTransactions";

    private final long epoch;
    private final EpochSettings aggregation;
    private final EpochSettings nextAggregation;
    private final EpochSettings registration;
    private final List<SignerWithStake> currentSigners;
    private final List<SignerWithStake> nextSigners;
    private final Eras eras;
    private final StakePoolRepository stakePools;
    private final MultiSigners multiSigners;

    /** The Cardano era reported by the chain and the Mithril era of the era checker. */
    public record Eras(String cardano, String mithril) {
    }

    /** The precomputed multi-signers; the next one is absent while nobody registered for the next epoch. */
    public record MultiSigners(EpochMultiSigner current, Optional<EpochMultiSigner> next) {
    }

    EpochData(long epoch, EpochSettings aggregation, EpochSettings nextAggregation, EpochSettings registration,
            List<SignerWithStake> currentSigners, List<SignerWithStake> nextSigners, Eras eras,
            StakePoolRepository stakePools, MultiSigners multiSigners) {
        this.epoch = epoch;
        this.aggregation = aggregation;
        this.nextAggregation = nextAggregation;
        this.registration = registration;
        this.currentSigners = List.copyOf(currentSigners);
        this.nextSigners = List.copyOf(nextSigners);
        this.eras = eras;
        this.stakePools = stakePools;
        this.multiSigners = multiSigners;
    }

    EpochData withMultiSigners(MultiSigners signers) {
        return new EpochData(epoch, aggregation, nextAggregation, registration, currentSigners, nextSigners, eras,
                stakePools, signers);
    }

    @Override
    public long epoch() {
        return epoch;
    }

    /** Settings stored under N−1: the parameters signatures are aggregated with at N. */
    public EpochSettings aggregationSettings() {
        return aggregation;
    }

    /** Settings stored under N: the parameters of the next epoch (hashed into {@code next_protocol_parameters}). */
    public EpochSettings nextAggregationSettings() {
        return nextAggregation;
    }

    /** Settings stored under N+1: the parameters signers registering now will use. */
    public EpochSettings registrationSettings() {
        return registration;
    }

    public List<SignerWithStake> currentSignersWithStake() {
        return currentSigners;
    }

    public List<SignerWithStake> nextSignersWithStake() {
        return nextSigners;
    }

    public Eras eras() {
        return eras;
    }

    public Optional<MultiSigners> multiSigners() {
        return Optional.ofNullable(multiSigners);
    }

    /**
     * The multi-signers, for verifying, aggregating and announcing the next AVK.
     *
     * @throws EpochDataException while the epoch data has not been precomputed (e.g. no signers yet)
     */
    public MultiSigners requireMultiSigners() throws EpochDataException {
        if (multiSigners == null) {
            throw new EpochDataException("the epoch data of epoch " + epoch + " is not computed yet");
        }
        return multiSigners;
    }

    /**
     * Whether a type can be signed with this epoch's aggregation settings: the Cardano transactions types need their
     * signing configuration (aggregator.md §2.3); the others always can.
     */
    public boolean isSignable(String discriminant) {
        return switch (discriminant) {
            case CARDANO_TRANSACTIONS -> aggregation.cardanoTransactions().isPresent();
            case CARDANO_BLOCKS_TRANSACTIONS -> aggregation.cardanoBlocksTransactions().isPresent();
            default -> true;
        };
    }

    /** The pool stakes stored under N−1 (Cardano totals of {@code /status}). */
    public Map<String, Long> cardanoStakesOfPreviousEpoch() {
        return epoch == 0 ? Map.of() : stakePools.byEpoch(epoch - 1);
    }

    @Override
    public ProtocolParameters currentProtocolParameters() {
        return spi(aggregation.protocolParameters());
    }

    @Override
    public ProtocolParameters nextProtocolParameters() {
        return spi(nextAggregation.protocolParameters());
    }

    @Override
    public List<RegisteredSigner> currentSigners() {
        return currentSigners.stream().map(EpochData::spi).toList();
    }

    @Override
    public List<RegisteredSigner> nextSigners() {
        return nextSigners.stream().map(EpochData::spi).toList();
    }

    @Override
    public Optional<StakeDistribution> stakeDistribution(long stakeEpoch) {
        Map<String, Long> stakes = stakePools.byEpoch(stakeEpoch);
        return stakes.isEmpty() ? Optional.empty() : Optional.of(new StakeDistribution(stakes));
    }

    @Override
    public Optional<String> signingConfigJson(String discriminant) {
        Optional<SigningConfig> config = switch (discriminant) {
            case CARDANO_TRANSACTIONS -> aggregation.cardanoTransactions();
            case CARDANO_BLOCKS_TRANSACTIONS -> aggregation.cardanoBlocksTransactions();
            default -> Optional.empty();
        };
        return config.map(io.mithril.core.internal.store.EpochSettingsRecords::signingConfigJson);
    }

    private static ProtocolParameters spi(io.mithril.domain.ProtocolParameters p) {
        return new ProtocolParameters(p.k(), p.m(), p.phiF());
    }

    private static RegisteredSigner spi(SignerWithStake s) {
        return new RegisteredSigner(s.partyId(), s.verificationKey(), s.verificationKeySignature(),
                s.operationalCertificate(), s.kesPeriod(), s.stake());
    }
}
