package io.mithril.devnet;

import io.mithril.domain.Epoch;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.SignedEntityTypeDiscriminant;

/** MithrilStakeDistribution(N) is signed at N and has no parts beyond the seed parts (certificates.md §3.3). */
public final class MithrilStakeDistributionParts implements SignableParts {
    @Override
    public SignedEntityTypeDiscriminant discriminant() {
        return SignedEntityTypeDiscriminant.MITHRIL_STAKE_DISTRIBUTION;
    }

    @Override
    public SignedEntityType beaconAt(long epoch) {
        return new SignedEntityType.MithrilStakeDistribution(Epoch.of(epoch));
    }

    @Override
    public ProtocolMessage addParts(ProtocolMessage message, SignedEntityType type) {
        return message;
    }
}
