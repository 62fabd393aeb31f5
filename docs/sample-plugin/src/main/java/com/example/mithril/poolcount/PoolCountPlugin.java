package com.example.mithril.poolcount;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.chain.TimePoint;
import io.mithril.spi.signedentity.Artifact;
import io.mithril.spi.signedentity.Beacon;
import io.mithril.spi.signedentity.CertificateInfo;
import io.mithril.spi.signedentity.EpochContext;
import io.mithril.spi.signedentity.SignedEntityPlugin;

/**
 * Certifies, once per epoch, how many stake pools hold stake in the epoch's stake distribution. Enable it with
 * <code>SIGNED_ENTITY_TYPES=...,SamplePoolCount</code>.
 */
@Component(service = SignedEntityPlugin.class)
public final class PoolCountPlugin implements SignedEntityPlugin {
    static final String DISCRIMINANT = "SamplePoolCount";
    static final String PART = "sample_pool_count";

    @Override
    public String discriminant() {
        return DISCRIMINANT;
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public Duration openMessageTimeout() {
        return Duration.ofMinutes(30);
    }

    @Override
    public Optional<Beacon> beaconAt(TimePoint timePoint, EpochContext epoch) {
        return Optional.of(new PoolCountBeacon(timePoint.epoch()));
    }

    @Override
    public Beacon parseBeacon(String storageJson) {
        return new PoolCountBeacon(Long.parseUnsignedLong(storageJson.trim()));
    }

    @Override
    public Map<String, String> messageParts(Beacon beacon, EpochContext epoch) {
        return Map.of(PART, Integer.toString(poolCount(beacon, epoch)));
    }

    @Override
    public Artifact buildArtifact(Beacon beacon, CertificateInfo certificate, EpochContext epoch) {
        int count = poolCount(beacon, epoch);
        String hash = PoolCountHash.of(beacon.epoch(), count);
        String json = "{\"hash\":\"" + hash + "\",\"epoch\":" + beacon.epoch() + ",\"pool_count\":" + count
                + ",\"certificate_hash\":\"" + certificate.hash() + "\"}";
        return new Artifact(hash, json);
    }

    private static int poolCount(Beacon beacon, EpochContext epoch) {
        return epoch.stakeDistribution(beacon.epoch()).map(StakeDistribution::stakeByPoolId).map(Map::size)
                .orElseThrow(() -> new IllegalStateException("no stake distribution for epoch " + beacon.epoch()));
    }
}
