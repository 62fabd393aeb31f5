package io.mithril.chain.devnet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.chain.devnet.DevnetPools;
import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.StakeDistribution;

/** Configuration, lazy genesis and restarts of the devnet observer, with a hand-moved clock. */
class DevnetObserverComponentTest {
    private static final long T0 = 1_700_000_000_000L;

    @TempDir
    Path dataDir;
    private final AtomicLong now = new AtomicLong(T0);
    private final AtomicInteger genesisCount = new AtomicInteger();

    private DevnetObserverComponent component(Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>(Map.of("devnet_epoch_duration_ms", 30_000L,
                "data_stores_directory", dataDir.toString()));
        config.putAll(overrides);
        return new DevnetObserverComponent(() -> config, new DevnetChainOpener(now::get, () -> {
            byte[] hash = new byte[32];
            hash[0] = (byte) genesisCount.incrementAndGet();
            return hash;
        }));
    }

    @Test
    void chainIsCreatedOnFirstUseAtTheStartEpoch() throws Exception {
        DevnetObserverComponent observer = component(Map.of("devnet_start_epoch", "7"));
        assertFalse(Files.exists(dataDir.resolve("devnet-chain.json")), "nothing written before first use");
        assertEquals(Optional.of(7L), observer.currentEpoch());
        assertTrue(Files.exists(dataDir.resolve("devnet-chain.json")));
        assertEquals("Conway", observer.currentEra());
        assertEquals(List.of(), observer.currentDatums("addr_test1"));
        assertEquals(Optional.of(0L), observer.currentKesPeriod());
        now.set(T0 + 30_000);
        assertEquals(Optional.of(8L), observer.currentEpoch());
    }

    @Test
    void aRestartContinuesTheSameChain() throws Exception {
        DevnetObserverComponent first = component(Map.of());
        assertEquals(Optional.of(1L), first.currentEpoch());
        now.set(T0 + 95_000);
        ChainPoint tipBefore = first.currentChainPoint().orElseThrow();
        assertEquals(Optional.of(4L), first.currentEpoch());

        DevnetObserverComponent restarted = component(Map.of("devnet_start_epoch", 1L));
        assertEquals(Optional.of(4L), restarted.currentEpoch());
        assertEquals(Optional.of(tipBefore), restarted.currentChainPoint());
        assertEquals(1, genesisCount.get(), "the stored genesis is reused");
    }

    @Test
    void withPauseWhenStoppedAStoppedChainResumesWhereItWas() throws Exception {
        Map<String, Object> pausing = Map.of("devnet_pause_when_stopped", "true");
        DevnetObserverComponent first = component(pausing);
        assertEquals(Optional.of(1L), first.currentEpoch());
        now.set(T0 + 95_000);
        assertEquals(Optional.of(4L), first.currentEpoch());
        ChainPoint lastSeen = first.currentChainPoint().orElseThrow();

        now.set(T0 + 95_000 + 3_600_000); // stopped for an hour: 120 epochs of wall time
        DevnetObserverComponent restarted = component(pausing);
        assertEquals(Optional.of(4L), restarted.currentEpoch(), "the pause does not count on the chain");
        assertEquals(Optional.of(lastSeen), restarted.currentChainPoint());
        now.addAndGet(30_000);
        assertEquals(Optional.of(5L), restarted.currentEpoch(), "and the chain moves on from there");
    }

    @Test
    void withoutPauseTheChainKeepsTimeWhileStoppedLikeARealChain() throws Exception {
        assertEquals(Optional.of(1L), component(Map.of()).currentEpoch());
        now.set(T0 + 95_000 + 3_600_000);
        assertEquals(Optional.of(124L), component(Map.of()).currentEpoch());
    }

    @Test
    void aNewEpochDurationNeverTakesEpochsBack() throws Exception {
        component(Map.of()).currentEpoch();
        now.set(T0 + 95_000); // epoch 4 with 30 s epochs
        DevnetObserverComponent slower = component(Map.of("devnet_epoch_duration_ms", 60_000L));
        assertEquals(Optional.of(4L), slower.currentEpoch());
        now.set(T0 + 95_000 + 59_999);
        assertEquals(Optional.of(4L), slower.currentEpoch());
        now.set(T0 + 95_000 + 60_000);
        assertEquals(Optional.of(5L), slower.currentEpoch());
        DevnetObserverComponent again = component(Map.of("devnet_epoch_duration_ms", 60_000L));
        assertEquals(Optional.of(5L), again.currentEpoch());
    }

    @Test
    void inMemoryChainsAreNotPersisted() throws Exception {
        DevnetObserverComponent observer = component(Map.of("data_stores_directory", ":memory:"));
        assertEquals(Optional.of(1L), observer.currentEpoch());
        try (var files = Files.list(dataDir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void stakeDistributionIsTheDevnetPools() throws Exception {
        assertEquals(Optional.of(DevnetPools.distribution(10)), component(Map.of()).currentStakeDistribution());
        assertEquals(Optional.of(DevnetPools.distribution(3)),
                component(Map.of("devnet_signers", "3")).currentStakeDistribution());
        assertEquals(Optional.of(DevnetPools.distribution("lab", 2)),
                component(Map.of("devnet_signers", 2L, "devnet_seed", "lab")).currentStakeDistribution());
    }

    @Test
    void anExplicitStakeDistributionWins() throws Exception {
        DevnetObserverComponent observer = component(Map.of("devnet_stake_distribution",
                "{\"pool1a\": 100, \"pool1b\": 0, \"pool1c\": 20000000000}"));
        assertEquals(Optional.of(new StakeDistribution(Map.of("pool1a", 100L, "pool1c", 20_000_000_000L))),
                observer.currentStakeDistribution());
    }

    @Test
    void badSettingsAreReportedOnUse() {
        DevnetObserverComponent observer = component(Map.of("devnet_epoch_duration_ms", 1_050L));
        ChainObserverException e = assertThrows(ChainObserverException.class, observer::currentEpoch);
        assertTrue(e.getMessage().contains("devnet_epoch_duration_ms"), e.getMessage());
        DevnetObserverComponent badStakes = component(Map.of("devnet_stake_distribution", "{\"pool1a\": -1}"));
        e = assertThrows(ChainObserverException.class, badStakes::currentStakeDistribution);
        assertTrue(e.getMessage().contains("pool1a"), e.getMessage());
    }

    @Test
    void configurationChangesAreAppliedToTheOpenChain() throws Exception {
        AtomicReference<Map<String, Object>> config = new AtomicReference<>(Map.of("devnet_signers", 2L,
                "data_stores_directory", dataDir.toString()));
        DevnetObserverComponent observer = new DevnetObserverComponent(config::get, new DevnetChainOpener(now::get,
                () -> new byte[32]));
        assertEquals(Optional.of(DevnetPools.distribution(2)), observer.currentStakeDistribution());
        now.set(T0 + 65_000);
        assertEquals(Optional.of(3L), observer.currentEpoch());
        config.set(Map.of("devnet_signers", 4L, "data_stores_directory", dataDir.toString()));
        assertEquals(Optional.of(DevnetPools.distribution(4)), observer.currentStakeDistribution());
        assertEquals(Optional.of(3L), observer.currentEpoch());
    }

    @Test
    void blockStreamReachesTheTip() throws Exception {
        DevnetObserverComponent observer = component(Map.of());
        now.set(T0 + 3_000);
        var stream = observer.blockStream(Optional.empty());
        long last = -1;
        for (var event = stream.poll(); event.isPresent(); event = stream.poll()) {
            var blocks = ((io.mithril.spi.chain.BlockStreamEvent.RollForward) event.get()).blocks();
            last = blocks.get(blocks.size() - 1).blockNumber();
        }
        assertEquals(observer.currentChainPoint().orElseThrow().blockNumber(), last);
    }
}
