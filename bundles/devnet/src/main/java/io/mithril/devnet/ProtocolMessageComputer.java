package io.mithril.devnet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.mithril.devnet.SignableParts.MessageComputationException;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import io.mithril.domain.chain.StmAggregateVerificationKeyCalculator;

/**
 * Computes, as a signer does, the protocol message of each signed entity type from the signer's own
 * {@link SignerEpochView}: the seed parts (the AVK of the next signers, the hash of the next protocol parameters, the
 * current epoch) plus the type's parts. Nothing is read from the aggregator's open messages: if the aggregator computes
 * a message differently, the signatures will not match it and no certificate forms.
 */
public final class ProtocolMessageComputer {
    private final Map<SignedEntityTypeDiscriminant, SignableParts> partsByType =
            new EnumMap<>(SignedEntityTypeDiscriminant.class);
    private final StmAggregateVerificationKeyCalculator avkCalculator = new StmAggregateVerificationKeyCalculator();

    public ProtocolMessageComputer(List<SignableParts> types) {
        for (SignableParts parts : types) {
            partsByType.put(parts.discriminant(), parts);
        }
    }

    /** The types the simulator knows how to sign on a devnet: MithrilStakeDistribution and CardanoStakeDistribution. */
    public static ProtocolMessageComputer standard(StakeStore stakes) {
        return new ProtocolMessageComputer(List.of(new MithrilStakeDistributionParts(),
                new CardanoStakeDistributionParts(stakes)));
    }

    public Set<SignedEntityTypeDiscriminant> supportedTypes() {
        return Set.copyOf(partsByType.keySet());
    }

    /** The beacons to sign at the view's epoch: enabled and supported types, in the reference's processing order. */
    public List<SignedEntityType> beaconsToSign(SignerEpochView view) {
        List<SignedEntityType> beacons = new ArrayList<>();
        partsByType.values().stream()
                .filter(parts -> view.enabledTypes().contains(parts.discriminant()))
                .sorted(Comparator.comparing(SignableParts::discriminant))
                .forEach(parts -> beacons.add(parts.beaconAt(view.epoch())));
        return beacons;
    }

    /** The full protocol message of {@code type} at the view's epoch. */
    public ProtocolMessage compute(SignedEntityType type, SignerEpochView view) throws MessageComputationException {
        SignableParts parts = Optional.ofNullable(partsByType.get(type.discriminant()))
                .orElseThrow(() -> new MessageComputationException("the simulator cannot sign " + type));
        return parts.addParts(seedParts(view), type);
    }

    /** The parts every message carries (certificates.md §3.3). */
    public ProtocolMessage seedParts(SignerEpochView view) throws MessageComputationException {
        if (view.nextSigners().isEmpty()) {
            throw new MessageComputationException("no next signers at epoch " + view.epoch()
                    + ": the next aggregate verification key is undefined");
        }
        String nextAvk;
        try {
            nextAvk = avkCalculator.computeJsonHex(view.nextSigners());
        } catch (IllegalArgumentException e) {
            throw new MessageComputationException(e.getMessage(), e);
        }
        return ProtocolMessage.empty()
                .with(ProtocolMessagePartKey.NEXT_AGGREGATE_VERIFICATION_KEY, nextAvk)
                .with(ProtocolMessagePartKey.NEXT_PROTOCOL_PARAMETERS, view.nextParameters().computeHash())
                .with(ProtocolMessagePartKey.CURRENT_EPOCH, Long.toString(view.epoch()));
    }
}
