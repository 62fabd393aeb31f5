package io.mithril.plugin.msd.internal;

import io.mithril.domain.Epoch;
import io.mithril.domain.MithrilStakeDistribution;
import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SignerWithStake;
import io.mithril.spi.chain.TimePoint;
import io.mithril.spi.signedentity.Artifact;
import io.mithril.spi.signedentity.Beacon;
import io.mithril.spi.signedentity.CertificateInfo;
import io.mithril.spi.signedentity.EpochContext;
import io.mithril.spi.signedentity.RegisteredSigner;
import io.mithril.spi.signedentity.SignedEntityPlugin;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * The Mithril stake distribution (certificates.md §3.3, §8; aggregator.md §2.6): signed once per epoch with only the
 * three parts every message carries, its artifact is the next epoch's signers with their stakes and the next
 * protocol parameters, which is what {@code next_aggregate_verification_key} and {@code next_protocol_parameters}
 * of its certificate commit to.
 */
@Component(service = SignedEntityPlugin.class)
public final class MithrilStakeDistributionPlugin implements SignedEntityPlugin {
    public static final String DISCRIMINANT = "MithrilStakeDistribution";
    static final Duration OPEN_MESSAGE_TIMEOUT = Duration.ofSeconds(3600);

    @Override
    public String discriminant() {
        return DISCRIMINANT;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Duration openMessageTimeout() {
        return OPEN_MESSAGE_TIMEOUT;
    }

    @Override
    public Optional<Beacon> beaconAt(TimePoint timePoint, EpochContext epoch) {
        return Optional.of(new MsdBeacon(timePoint.epoch()));
    }

    @Override
    public Beacon parseBeacon(String storageJson) {
        return MsdBeacon.parse(storageJson);
    }

    /** None: the seed parts (next AVK, next protocol parameters, current epoch) are all it signs. */
    @Override
    public Map<String, String> messageParts(Beacon beacon, EpochContext epoch) {
        return Map.of();
    }

    @Override
    public Artifact buildArtifact(Beacon beacon, CertificateInfo certificate, EpochContext epoch) {
        List<SignerWithStake> signers = epoch.nextSigners().stream().map(MithrilStakeDistributionPlugin::signer)
                .toList();
        io.mithril.spi.signedentity.ProtocolParameters next = epoch.nextProtocolParameters();
        MithrilStakeDistribution artifact = new MithrilStakeDistribution(Epoch.of(beacon.epoch()), signers,
                new ProtocolParameters(next.k(), next.m(), next.phiF()));
        StoredMithrilStakeDistribution stored = StoredMithrilStakeDistribution.of(artifact);
        return new Artifact(stored.hash(), stored.toJson());
    }

    private static SignerWithStake signer(RegisteredSigner s) {
        return new SignerWithStake(s.partyId(), s.verificationKey(), s.verificationKeySignature(),
                s.operationalCertificate(), s.kesPeriod(), s.stake());
    }
}
