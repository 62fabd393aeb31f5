package io.mithril.devnet.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mithril.chain.devnet.DevnetChain;

/**
 * Followers as child processes: the chain file they are given and the process they run. The distribution's
 * <code>bin/mithril-aggregator</code> is replaced by a script that prints its environment and waits, so the test
 * sees exactly what a follower would start with, and that stopping the fleet ends it.
 */
class FollowerFleetTest {
    /** A devnet-chain.json written by chain-devnet in a real devnet run (8 s epochs). */
    private static byte[] leaderChainFile() throws IOException {
        try (var in = FollowerFleetTest.class.getResourceAsStream("/devnet-followers/devnet-chain.json")) {
            return in.readAllBytes();
        }
    }

    private static DevnetChain chainOf(Path file, long nowMillis) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        return new DevnetChain(new DevnetChain.Anchor(root.get("anchor_time_ms").asLong(),
                root.get("anchor_slot").asLong(), root.get("anchor_epoch").asLong(),
                root.get("epoch_duration_ms").asLong(), root.get("genesis_time_ms").asLong(),
                root.get("genesis_hash").asText()), () -> nowMillis);
    }

    @Test
    void aFollowerGetsTheLeadersChainAndKeepsNoStaleOne(@TempDir Path data) throws Exception {
        Path leaderStores = Files.createDirectories(data.resolve("stores"));
        Files.write(leaderStores.resolve(ChainFileSharing.CHAIN_FILE), leaderChainFile());
        Path followerStores = data.resolve("follower-1/stores");
        Files.createDirectories(followerStores);
        Files.writeString(followerStores.resolve(ChainFileSharing.CHAIN_FILE), "{\"version\":1,\"stale\":true}");

        ChainFileSharing.share(leaderStores, followerStores);

        assertArrayEquals(leaderChainFile(), Files.readAllBytes(followerStores.resolve(ChainFileSharing.CHAIN_FILE)));
        long later = chainOf(leaderStores.resolve(ChainFileSharing.CHAIN_FILE), 0).anchor().timeMillis() + 123_456;
        DevnetChain leader = chainOf(leaderStores.resolve(ChainFileSharing.CHAIN_FILE), later);
        DevnetChain follower = chainOf(followerStores.resolve(ChainFileSharing.CHAIN_FILE), later);
        assertEquals(leader.currentEpoch(), follower.currentEpoch());
        assertEquals(leader.tip(), follower.tip());
        assertEquals(leader.block(leader.tipBlockNumber()), follower.block(follower.tipBlockNumber()));
    }

    @Test
    void noLeaderChainFileIsAnError(@TempDir Path data) {
        IOException e = assertThrows(IOException.class,
                () -> ChainFileSharing.share(data.resolve("stores"), data.resolve("follower-1/stores")));
        assertTrue(e.getMessage().contains("no devnet chain file"), e.getMessage());
    }

    @Test
    void followersRunAsChildProcessesWithTheirEnvironmentAndStopWithTheFleet(@TempDir Path data) throws Exception {
        Path home = fakeDistribution(data.resolve("home"));
        Path leaderStores = Files.createDirectories(data.resolve("stores"));
        Files.write(leaderStores.resolve(ChainFileSharing.CHAIN_FILE), leaderChainFile());
        DevnetSettings leader = DevnetSettings.from(Map.of("server_ip", "127.0.0.1", "server_port", "18080"));
        List<FollowerLaunch> followers = List.of(FollowerLaunch.of(1, leader, data, data.resolve("dmq.socket")),
                FollowerLaunch.of(2, leader, data, data.resolve("dmq.socket")));
        Map<String, Object> configuration = Map.of("network", "devnet", "devnet_epoch_duration_ms", 8000L);

        FollowerFleet fleet = FollowerFleet.start(followers, home, leaderStores, configuration, (i, code) -> { });
        try {
            for (FollowerLaunch follower : followers) {
                String log = awaitLog(follower.logFile(), "ready");
                assertTrue(log.contains("args: -vv serve"), log);
                assertTrue(log.contains("SERVER_PORT=" + follower.serverPort()), log);
                assertTrue(log.contains("LEADER_AGGREGATOR_ENDPOINT=http://127.0.0.1:18080/aggregator"), log);
                assertTrue(log.contains("DEVNET_EPOCH_DURATION_MS=8000"), log);
                assertTrue(log.contains("pwd: " + follower.directory().toRealPath()), log);
                assertArrayEquals(leaderChainFile(),
                        Files.readAllBytes(follower.storesDirectory().resolve(ChainFileSharing.CHAIN_FILE)));
            }
            assertEquals(2, fleet.running());
        } finally {
            fleet.close();
        }
        assertEquals(0, fleet.running(), "close() ends every child");
        assertFalse(Files.readString(followers.get(0).logFile()).contains("SERVER_PORT=18080"));
    }

    private static Path fakeDistribution(Path home) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path script = bin.resolve("mithril-aggregator");
        Files.writeString(script, String.join("\n", "#!/bin/sh", "env | sort", "echo \"args: $*\"",
                "echo \"pwd: $(pwd -P)\"", "echo ready", "exec sleep 300", ""), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    /** Bounded wait (30 s) for a line in a child's log. */
    private static String awaitLog(Path log, String marker) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(marker)) {
                return Files.readString(log);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no '" + marker + "' in " + log);
    }
}
