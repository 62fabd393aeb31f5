package com.example.mithril.poolcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.chain.TimePoint;
import io.mithril.spi.signedentity.Artifact;
import io.mithril.spi.signedentity.Beacon;
import io.mithril.spi.signedentity.CertificateInfo;
import io.mithril.spi.signedentity.EpochContext;
import io.mithril.spi.signedentity.ProtocolParameters;
import io.mithril.spi.signedentity.RegisteredSigner;

class PoolCountPluginTest {
    private final PoolCountPlugin plugin = new PoolCountPlugin();

    private static EpochContext epochWith(Map<Long, StakeDistribution> distributions) {
        return new EpochContext() {
            public long epoch() { return 42; }
            public ProtocolParameters currentProtocolParameters() { return new ProtocolParameters(5, 100, 0.65); }
            public ProtocolParameters nextProtocolParameters() { return currentProtocolParameters(); }
            public List<RegisteredSigner> currentSigners() { return List.of(); }
            public List<RegisteredSigner> nextSigners() { return List.of(); }
            public Optional<StakeDistribution> stakeDistribution(long epoch) {
                return Optional.ofNullable(distributions.get(epoch));
            }
            public Optional<String> signingConfigJson(String discriminant) { return Optional.empty(); }
        };
    }

    @Test
    void certifiesThePoolCountOfTheBeaconEpoch() throws Exception {
        EpochContext epoch = epochWith(Map.of(42L, new StakeDistribution(Map.of("pool1a", 10L, "pool1b", 20L))));
        Beacon beacon = plugin.beaconAt(new TimePoint(42, 7, new ChainPoint(100, 10, "ab")), epoch).orElseThrow();

        assertEquals(Map.of("sample_pool_count", "2"), plugin.messageParts(beacon, epoch));
        Artifact artifact = plugin.buildArtifact(beacon,
                new CertificateInfo("cafe", 42, "msg", Map.of(), Instant.EPOCH), epoch);
        assertEquals(PoolCountHash.of(42, 2), artifact.hash());
        assertTrue(artifact.json().contains("\"pool_count\":2"), artifact.json());
        assertEquals(beacon, plugin.parseBeacon(beacon.storageJson()));
    }

    @Test
    void refusesToSignWithoutAStakeDistribution() {
        EpochContext epoch = epochWith(Map.of());
        assertThrows(IllegalStateException.class, () -> plugin.messageParts(new PoolCountBeacon(3), epoch));
    }

    @Test
    void hashFeedIsTheBigEndianEpoch() {
        assertEquals(8, new PoolCountBeacon(1).hashFeed().length);
        assertEquals(1, new PoolCountBeacon(1).hashFeed()[7]);
    }
}
