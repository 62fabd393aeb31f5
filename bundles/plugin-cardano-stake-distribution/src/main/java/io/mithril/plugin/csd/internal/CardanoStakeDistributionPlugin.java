package io.mithril.plugin.csd.internal;

import io.mithril.domain.CardanoStakeDistribution;
import io.mithril.domain.Epoch;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.chain.TimePoint;
import io.mithril.spi.signedentity.Artifact;
import io.mithril.spi.signedentity.Beacon;
import io.mithril.spi.signedentity.CertificateInfo;
import io.mithril.spi.signedentity.EpochContext;
import io.mithril.spi.signedentity.SignedEntityPlugin;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * The Cardano stake distribution (cardano-data.md §4; aggregator.md §2.2, §2.4, §2.6): at epoch N it certifies the
 * distribution of epoch X = N − 1, i.e. the pool stakes the aggregator stored under key X + 2, with the parts
 * {@code cardano_stake_distribution_epoch} = X and {@code cardano_stake_distribution_merkle_root} = the MKTree root
 * over the leaves {@code pool_id ‖ decimal stake} in pool-id order.
 */
@Component(service = SignedEntityPlugin.class)
public final class CardanoStakeDistributionPlugin implements SignedEntityPlugin {
    public static final String DISCRIMINANT = "CardanoStakeDistribution";
    static final Duration OPEN_MESSAGE_TIMEOUT = Duration.ofSeconds(1800);

    @Override
    public String discriminant() {
        return DISCRIMINANT;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Duration openMessageTimeout() {
        return OPEN_MESSAGE_TIMEOUT;
    }

    /** {@code CardanoStakeDistribution(epoch − 1)}; nothing at epoch 0, which has no previous epoch. */
    @Override
    public Optional<Beacon> beaconAt(TimePoint timePoint, EpochContext epoch) {
        return timePoint.epoch() == 0 ? Optional.empty() : Optional.of(new CsdBeacon(timePoint.epoch() - 1));
    }

    @Override
    public Beacon parseBeacon(String storageJson) {
        return CsdBeacon.parse(storageJson);
    }

    @Override
    public Map<String, String> messageParts(Beacon beacon, EpochContext epoch) {
        CardanoStakeDistribution distribution = distribution(beacon, epoch);
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(ProtocolMessagePartKey.CARDANO_STAKE_DISTRIBUTION_EPOCH.wireName(),
                Long.toString(beacon.epoch()));
        parts.put(ProtocolMessagePartKey.CARDANO_STAKE_DISTRIBUTION_MERKLE_ROOT.wireName(),
                distribution.computeMerkleRoot());
        return parts;
    }

    @Override
    public Artifact buildArtifact(Beacon beacon, CertificateInfo certificate, EpochContext epoch) {
        StoredCardanoStakeDistribution stored = StoredCardanoStakeDistribution.of(distribution(beacon, epoch));
        return new Artifact(stored.hash(), stored.toJson());
    }

    /**
     * @throws IllegalStateException when the stakes are not stored yet or are empty (an empty tree has no root):
     *         the runtime retries later
     */
    private static CardanoStakeDistribution distribution(Beacon beacon, EpochContext epoch) {
        long recordedUnder = new CsdBeacon(beacon.epoch()).stakesRecordedUnder();
        StakeDistribution stakes = epoch.stakeDistribution(recordedUnder).orElseThrow(() -> new IllegalStateException(
                "no stake distribution stored under epoch " + recordedUnder + " for " + DISCRIMINANT + "("
                        + beacon.epoch() + ")"));
        if (stakes.isEmpty()) {
            throw new IllegalStateException("the stake distribution stored under epoch " + recordedUnder
                    + " is empty");
        }
        return CardanoStakeDistribution.of(Epoch.of(beacon.epoch()), stakes.stakeByPoolId());
    }
}
