package io.mithril.domain;

import io.mithril.domain.internal.HashFeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Mithril stake distribution artifact: the signers (with stakes) that will sign in the epoch after {@code epoch},
 * and the protocol parameters they will use. Signers are kept sorted by party id, as the reference does.
 */
public record MithrilStakeDistribution(Epoch epoch, List<SignerWithStake> signers,
                                       ProtocolParameters protocolParameters) implements Artifact {

    public MithrilStakeDistribution {
        Objects.requireNonNull(epoch, "epoch");
        Objects.requireNonNull(protocolParameters, "protocol parameters");
        List<SignerWithStake> sorted = new ArrayList<>(signers);
        sorted.sort(SignerWithStake.BY_PARTY_ID);
        signers = List.copyOf(sorted);
    }

    /** {@code hex(SHA-256(u64 epoch ‖ for each signer: signer hash hex))}; protocol parameters are not hashed. */
    @Override
    public String computeHash() {
        HashFeed feed = HashFeed.sha256().u64(epoch.value());
        for (SignerWithStake signer : signers) {
            feed.utf8(signer.computeHash());
        }
        return feed.hex();
    }

    @Override
    public SignedEntityType signedEntityType() {
        return new SignedEntityType.MithrilStakeDistribution(epoch);
    }
}
