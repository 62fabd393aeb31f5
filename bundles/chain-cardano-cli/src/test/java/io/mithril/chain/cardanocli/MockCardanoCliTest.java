package io.mithril.chain.cardanocli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.StakeDistribution;

/**
 * The behaviour of the reference's end-to-end <code>mock-cardano-cli</code> (aggregator.md §8): stake snapshot from
 * <code>$MOCK_STAKE_DISTRIBUTION_FILE</code>, a Babbage tip at slot 0 / block 0 with the epoch of
 * <code>$MOCK_EPOCH_FILE</code>, <code>{}</code> for anything else.
 */
class MockCardanoCliTest {
    private static final String MOCK = String.join("\n",
            "#!/bin/sh",
            "MOCK_STAKE_DISTRIBUTION_FILE='%s'",
            "MOCK_EPOCH_FILE='%s'",
            "command_to_run=default",
            "for a in \"$@\"; do",
            "  case $a in",
            "    stake-snapshot) command_to_run=stake-snapshot; break ;;",
            "    tip) command_to_run=chain-tip; break ;;",
            "  esac",
            "done",
            "case $command_to_run in",
            "  stake-snapshot) cat \"$MOCK_STAKE_DISTRIBUTION_FILE\" ;;",
            "  chain-tip) cat <<EOF",
            "{",
            "    \"era\": \"Babbage\",",
            "    \"syncProgress\": \"100.00\",",
            "    \"hash\": \"f6d1b8c328697c7a4a8e7f718c79510acbcd411ff4ca19401ded13534d45a38d\",",
            "    \"epoch\": $(cat \"$MOCK_EPOCH_FILE\"),",
            "    \"slot\": 0,",
            "    \"block\": 0",
            "}",
            "EOF",
            "  ;;",
            "  *) echo \"{}\" ;;",
            "esac",
            "");

    @TempDir
    Path dir;
    private Path epochFile;
    private Path stakeFile;
    private CardanoCliChainObserver observer;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        epochFile = dir.resolve("epoch");
        stakeFile = dir.resolve("stakes.json");
        Path script = dir.resolve("mock-cardano-cli");
        Files.writeString(script, String.format(MOCK, stakeFile, epochFile));
        script.toFile().setExecutable(true);
        observer = new CardanoCliChainObserver(new ProcessCliRunner(script, dir.resolve("node.socket"),
                CardanoNetwork.testnet("devnet", 42), Duration.ofMinutes(1)));
    }

    @Test
    void tipFollowsTheEpochFile() throws Exception {
        Files.writeString(epochFile, "7");
        assertEquals(Optional.of(7L), observer.currentEpoch());
        Files.writeString(epochFile, "8");
        assertEquals(Optional.of(8L), observer.currentEpoch());
        assertEquals("Babbage", observer.currentEra());
        assertEquals(Optional.of(new ChainPoint(0, 0,
                "f6d1b8c328697c7a4a8e7f718c79510acbcd411ff4ca19401ded13534d45a38d")), observer.currentChainPoint());
        assertEquals(Optional.of(0L), observer.currentKesPeriod());
    }

    @Test
    void stakesComeFromTheFixtureKeyedByColdKeyHash() throws Exception {
        // Blake2b-224 of the deterministic test cold key 20fdbac9…a144 (testdata/vectors/dmq/party_ids.json)
        Files.writeString(stakeFile, "{\"pools\":{\"d9899c574fd7a710732391706b59e878bfd416214c49d2b3841c5c8b\":"
                + "{\"stakeMark\":300000000001,\"stakeSet\":300000000001,\"stakeGo\":300000000001}}}");
        assertEquals(Optional.of(new StakeDistribution(Map.of(
                "pool1mxyec46067n3querj9cxkk0g0zlag93pf3ya9vuyr3wgkq2e6t7", 300000000001L))),
                observer.currentStakeDistribution());
    }

    @Test
    void utxoQueriesDoNotWorkWithTheMock() {
        // the mock prints {} and writes no out-file: the reference's era reading fails the same way
        ChainObserverException e = assertThrows(ChainObserverException.class, () -> observer.currentDatums("addr"));
        assertTrue(e.getMessage().contains("out-file"), e.getMessage());
    }
}
