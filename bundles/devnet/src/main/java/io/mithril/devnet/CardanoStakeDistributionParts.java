package io.mithril.devnet;

import java.util.Objects;

import io.mithril.domain.CardanoStakeDistribution;
import io.mithril.domain.Epoch;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import io.mithril.spi.chain.StakeDistribution;

/**
 * CardanoStakeDistribution(X) is signed at X+1 over the snapshot stored under X+2, i.e. the one read during X+1
 * (cardano-data.md §4): parts {@code cardano_stake_distribution_epoch} = X and
 * {@code cardano_stake_distribution_merkle_root} = MKTree root of the <code>pool_id‖stake</code> leaves.
 */
public final class CardanoStakeDistributionParts implements SignableParts {
    private final StakeStore stakes;

    public CardanoStakeDistributionParts(StakeStore stakes) {
        this.stakes = Objects.requireNonNull(stakes, "stakes");
    }

    @Override
    public SignedEntityTypeDiscriminant discriminant() {
        return SignedEntityTypeDiscriminant.CARDANO_STAKE_DISTRIBUTION;
    }

    @Override
    public SignedEntityType beaconAt(long epoch) {
        return new SignedEntityType.CardanoStakeDistribution(Epoch.of(epoch - 1));
    }

    @Override
    public ProtocolMessage addParts(ProtocolMessage message, SignedEntityType type)
            throws MessageComputationException {
        long epoch = type.epoch().value();
        StakeDistribution distribution = stakes.get(epoch + 2).filter(d -> !d.isEmpty())
                .orElseThrow(() -> new MessageComputationException("no stake distribution recorded for epoch "
                        + (epoch + 2) + " (CardanoStakeDistribution(" + epoch + "))"));
        String root = CardanoStakeDistribution.of(Epoch.of(epoch), distribution.stakeByPoolId()).computeMerkleRoot();
        return message.with(ProtocolMessagePartKey.CARDANO_STAKE_DISTRIBUTION_EPOCH, Long.toString(epoch))
                .with(ProtocolMessagePartKey.CARDANO_STAKE_DISTRIBUTION_MERKLE_ROOT, root);
    }
}
