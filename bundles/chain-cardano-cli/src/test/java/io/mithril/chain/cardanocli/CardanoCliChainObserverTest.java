package io.mithril.chain.cardanocli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.chain.TxDatum;

/** Against a scripted cardano-cli serving the outputs (and expected values) of the reference's TestCliRunner. */
class CardanoCliChainObserverTest {
    private static final Path SOCKET = Path.of("/tmp/whatever.sock");

    @TempDir
    Path dir;
    private FakeCardanoCli cli;
    private CardanoCliChainObserver observer;

    @BeforeEach
    void setUp() throws Exception {
        cli = FakeCardanoCli.create(dir);
        observer = observerOn(CardanoNetwork.testnet("devnet", 42));
    }

    private CardanoCliChainObserver observerOn(CardanoNetwork network) {
        return new CardanoCliChainObserver(new ProcessCliRunner(cli.path(), SOCKET, network, Duration.ofMinutes(1)));
    }

    @Test
    void epochFromQueryTip() throws Exception {
        cli.respondWithResource("tip", "tip-epoch.json");
        assertEquals(Optional.of(120L), observer.currentEpoch());
        assertEquals(List.of("latest query tip --testnet-magic 42"), cli.calls());
        assertEquals(List.of(SOCKET.toString()), cli.sockets());
    }

    @Test
    void mainnetUsesTheMainnetFlag() throws Exception {
        cli.respondWithResource("tip", "tip-epoch.json");
        observerOn(CardanoNetwork.mainnet()).currentEpoch();
        assertEquals(List.of("latest query tip --mainnet"), cli.calls());
    }

    @Test
    void eraChainPointAndKesPeriodFromQueryTip() throws Exception {
        cli.respondWithResource("tip", "tip-era.json");
        assertEquals("Conway", observer.currentEra());
        cli.respondWithResource("tip", "tip-chain-point.json");
        assertEquals(Optional.of(new ChainPoint(25886617, 1270276,
                "7383b17d7b05b0953cf0649abff60173995eb9febe556889333e20e1e5b7ca84")), observer.currentChainPoint());
        assertEquals(Optional.of(25886617L / 129600), observer.currentKesPeriod());
    }

    @Test
    void missingFieldsMeanUnknown() throws Exception {
        cli.respond("tip", "{\"slot\": 12}");
        assertEquals(Optional.empty(), observer.currentEpoch());
        assertEquals(Optional.empty(), observer.currentChainPoint());
        assertThrows(ChainObserverException.class, observer::currentEra);
        cli.respond("tip", "{\"hash\": \"abcd\"}");
        assertEquals(Optional.of(new ChainPoint(0, 0, "abcd")), observer.currentChainPoint());
        assertEquals(Optional.empty(), observer.currentKesPeriod());
    }

    @Test
    void kesPeriodIgnoresTextBeforeTheJson() throws Exception {
        cli.respond("tip", "Warning: something\n{\"slot\": 259200}");
        assertEquals(Optional.of(2L), observer.currentKesPeriod());
    }

    @Test
    void stakeDistributionFromAllStakePools() throws Exception {
        cli.respondWithResource("stake-snapshot-all", "stake-snapshot-all-pools.json");
        StakeDistribution expected = new StakeDistribution(Map.of(
                "pool1qqqqqdk4zhsjuxxd8jyvwncf5eucfskz0xjjj64fdmlgj735lr9", 300000000001L,
                "pool1qqqqpanw9zc0rzh0yp247nzf2s35uvnsm7aaesfl2nnejaev0uc", 600000000001L,
                "pool1qqqqzyqf8mlm70883zht60n4q6uqxg4a8x266sewv8ad2grkztl", 1200000000001L));
        assertEquals(Optional.of(expected), observer.currentStakeDistribution());
        assertEquals(List.of("latest query stake-snapshot --all-stake-pools --testnet-magic 42"), cli.calls());
    }

    @Test
    void stakeDistributionFallsBackToTheLegacyQueries() throws Exception {
        cli.fail("stake-snapshot-all", 1, "Invalid option `--all-stake-pools'")
                .respondWithResource("stake-distribution", "stake-distribution.txt")
                .respondWithResource("stake-snapshot-pool", "stake-snapshot-pool-default.json")
                .respondWithResource("stake-snapshot-pool1qpqvz90w7qsex2al2ejjej0rfgrwsguch307w8fraw7a7adf6g8",
                        "stake-snapshot-pool-zero.json");
        Map<String, Long> stakes = observer.currentStakeDistribution().orElseThrow().stakeByPoolId();
        assertEquals(7, stakes.size());
        assertEquals(3_000_000L, stakes.get("pool1qqyjr9pcrv97gwrueunug829fs5znw6p2wxft3fvqkgu5f4qlrg"));
        assertEquals(3_000_000L, stakes.get("pool1qz2vzszautc2c8mljnqre2857dpmheq7kgt6vav0s38tvvhxm6w"));
        assertFalse(stakes.containsKey("pool1qpqvz90w7qsex2al2ejjej0rfgrwsguch307w8fraw7a7adf6g8"));
        assertTrue(cli.calls().contains("latest query stake-distribution --testnet-magic 42"), cli.calls().toString());
        assertTrue(cli.calls().contains("latest query stake-snapshot --stake-pool-id "
                + "pool1qqyjr9pcrv97gwrueunug829fs5znw6p2wxft3fvqkgu5f4qlrg --testnet-magic 42"));
    }

    @Test
    void legacyTableWithABadFractionIsAnError() throws Exception {
        cli.respond("stake-snapshot-all", "not json")
                .respond("stake-distribution", "header\n----\npool1abc   notanumber\n");
        ChainObserverException e = assertThrows(ChainObserverException.class, observer::currentStakeDistribution);
        assertTrue(e.getMessage().contains("could not parse stake from 'notanumber'"), e.getMessage());
    }

    @Test
    void datumsAreTheNonNullInlineDatumsOfTheUtxoOutFile() throws Exception {
        cli.respondWithResource("utxo", "utxo.json");
        List<TxDatum> datums = observer.currentDatums("addrtest_123456");
        String bytes = "5b0a20207b0a20202020226e616d65223a20227468616c6573222c0a202020202265706f6368223a20313233"
                + "0a20207d2c0a20207b0a20202020226e616d65223a20227079746861676f726173222c0a202020202265706f6368223a"
                + "206e756c6c0a20207d0a5d0a";
        assertEquals(List.of(new TxDatum("{\"constructor\":0,\"fields\":[{\"bytes\":\"" + bytes + "\"}]}")), datums);
        String call = cli.calls().get(0);
        assertTrue(call.startsWith("latest query utxo --address addrtest_123456 --out-file "), call);
        assertTrue(call.endsWith(" --testnet-magic 42"), call);
        String outFile = call.split(" ")[6];
        assertFalse(Files.exists(Path.of(outFile)), "the out-file is removed after reading");
    }

    @Test
    void nonZeroExitIsAClearError() throws Exception {
        cli.fail("tip", 1, "cardano-cli: Network.Socket.connect: does not exist (No such file or directory)");
        ChainObserverException e = assertThrows(ChainObserverException.class, observer::currentEpoch);
        assertTrue(e.getMessage().contains("exit code 1"), e.getMessage());
        assertTrue(e.getMessage().contains("Network.Socket.connect: does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("query, tip"), e.getMessage());
    }

    @Test
    void badJsonIsAClearError() throws Exception {
        cli.respond("tip", "{\"epoch\": 12");
        ChainObserverException e = assertThrows(ChainObserverException.class, observer::currentEpoch);
        assertTrue(e.getMessage().startsWith("invalid query tip output"), e.getMessage());
        assertTrue(e.getMessage().contains("output was = '{\"epoch\": 12'"), e.getMessage());
    }

    @Test
    void missingExecutableIsAClearError() {
        CardanoCliChainObserver broken = new CardanoCliChainObserver(new ProcessCliRunner(dir.resolve("nope"),
                SOCKET, CardanoNetwork.mainnet(), Duration.ofMinutes(1)));
        ChainObserverException e = assertThrows(ChainObserverException.class, broken::currentEpoch);
        assertTrue(e.getMessage().startsWith("cannot launch command"), e.getMessage());
    }

    @Test
    void aHangingCliIsStopped() throws Exception {
        Path slow = dir.resolve("slow-cli");
        Files.writeString(slow, "#!/bin/sh\nexec sleep 60\n");
        slow.toFile().setExecutable(true);
        CardanoCliChainObserver stuck = new CardanoCliChainObserver(new ProcessCliRunner(slow, SOCKET,
                CardanoNetwork.mainnet(), Duration.ofMillis(200)));
        ChainObserverException e = assertThrows(ChainObserverException.class, stuck::currentEpoch);
        assertTrue(e.getMessage().contains("did not finish within"), e.getMessage());
    }
}
