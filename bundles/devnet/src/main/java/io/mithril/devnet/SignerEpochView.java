package io.mithril.devnet;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import io.mithril.domain.SignerWithStake;

/**
 * What a signer knows at epoch N, assembled from its own chain (stakes) and the aggregator's epoch settings and
 * protocol configurations (aggregator.md §2.2): the signers of N (registered at N−2, stakes stored under N−1) with
 * the aggregation parameters of N (settings N−1), the signers of N+1 (stakes under N) with their parameters
 * (settings N), and the signed entity types enabled for N.
 */
public record SignerEpochView(long epoch, ProtocolParameters currentParameters, ProtocolParameters nextParameters,
        List<SignerWithStake> currentSigners, List<SignerWithStake> nextSigners,
        Set<SignedEntityTypeDiscriminant> enabledTypes) {

    public SignerEpochView {
        Objects.requireNonNull(currentParameters, "currentParameters");
        Objects.requireNonNull(nextParameters, "nextParameters");
        currentSigners = List.copyOf(currentSigners);
        nextSigners = List.copyOf(nextSigners);
        enabledTypes = Set.copyOf(enabledTypes);
    }

    /** The registration epoch of the keys that sign at this epoch. */
    public long signingRegistrationEpoch() {
        return epoch - 1;
    }
}
