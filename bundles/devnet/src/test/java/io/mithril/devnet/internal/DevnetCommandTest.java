package io.mithril.devnet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.mithril.chain.devnet.DevnetChain;
import io.mithril.chain.devnet.DevnetChainObserver;
import io.mithril.chain.devnet.DevnetPools;
import io.mithril.core.GenesisBootstrap;
import io.mithril.core.GenesisException;
import io.mithril.devnet.FakeAggregator;
import io.mithril.devnet.ManualChain;
import io.mithril.domain.ProtocolParameters;
import io.mithril.spi.chain.StakeDistribution;

/** The command's arguments, checks and session loop, against {@link FakeAggregator} and a devnet chain at epoch 10. */
class DevnetCommandTest {
    private static final int POOLS = 3;
    private static final long EPOCH_MS = 30_000;

    private final StakeDistribution stakes = DevnetPools.distribution(POOLS);
    private FakeAggregator aggregator;
    private DevnetChainObserver chain;
    private final Map<String, Object> config = new HashMap<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RecordingGenesis genesis = new RecordingGenesis();

    @BeforeEach
    void start() throws Exception {
        long now = System.currentTimeMillis();
        DevnetChain devnetChain = new DevnetChain(DevnetChain.genesis(now, 10, EPOCH_MS, new byte[32]), () -> now);
        chain = new DevnetChainObserver(devnetChain, stakes, 100);
        aggregator = new FakeAggregator(new ManualChain(10, devnetChain.kesPeriod(), stakes),
                new ProtocolParameters(70, 105, 0.95), List.of("MithrilStakeDistribution"));
        config.put("chain_observer_type", "devnet");
        config.put("server_ip", "127.0.0.1");
        config.put("server_port", aggregator.endpoint().getPort());
    }

    @AfterEach
    void stop() {
        aggregator.close();
    }

    private DevnetCommand command() {
        DevnetConfiguration configuration = new DevnetConfiguration();
        configuration.configure(config);
        return new DevnetCommand(configuration, Clock.systemUTC()).with(genesis, chain, List::of);
    }

    private int run(DevnetCommand command, String... args) {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void argumentErrorsExitWith2() {
        assertEquals(2, run(command(), "--signers", "many"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("invalid value 'many' for '--signers'"));
        assertEquals(2, run(command(), "--signers", "4"), "the chain has 3 pools");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("set devnet_signers to at least 4"), err.toString());
        assertEquals(0, genesis.calls.get());
    }

    @Test
    void helpExitsWith0() {
        assertEquals(0, run(command(), "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Runs a local devnet"));
    }

    @Test
    void anotherChainObserverIsAConfigurationError() {
        config.put("chain_observer_type", "cardano-cli");
        assertEquals(1, run(command()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("needs chain_observer_type=devnet"));
    }

    @Test
    void aGenesisKeyThatCannotSignForTheConfiguredVerificationKeyIsAConfigurationError() {
        config.put("genesis_verification_key", HexFormat.of().formatHex(new byte[32]));
        assertEquals(1, run(command()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("does not match genesis_secret_key"));
    }

    @Test
    void runsSignersAndBootstrapsGenesisUntilDeactivated() throws Exception {
        DevnetCommand command = command();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run(command, "--signers", "3",
                "--cycle-ms", "20"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((aggregator.signersRegisteredFor(11).size() < POOLS || genesis.calls.get() < 2)
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        command.deactivate();

        assertEquals(0, exit.get(30, TimeUnit.SECONDS));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("aggregator API at " + aggregator.endpoint()), printed);
        assertTrue(printed.contains("registered   3/3 signers for epoch 11"), printed);
        assertTrue(printed.contains("genesis: no signer registered for epoch 10"), printed);
        assertTrue(printed.contains("genesis certificate abc created with the devnet genesis key"), printed);
        assertTrue(printed.contains("the devnet stopped"), printed);
        assertEquals(2, genesis.calls.get(), "no bootstrap once a genesis exists");
    }

    /** Fails the first bootstrap like a runtime without signers for the epoch, then succeeds. */
    private static final class RecordingGenesis implements GenesisBootstrap {
        final AtomicInteger calls = new AtomicInteger();
        volatile boolean created;

        @Override
        public boolean hasGenesis() {
            return created;
        }

        @Override
        public byte[] exportPayload() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String importSignature(byte[] signature, String genesisVerificationKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String bootstrap(String genesisSecretKey) throws GenesisException {
            if (calls.incrementAndGet() == 1) {
                throw new GenesisException("no signer registered for epoch 10");
            }
            assertEquals(DevnetSettings.DEVNET_GENESIS_KEY.toJsonHex(), genesisSecretKey);
            created = true;
            return "abc";
        }
    }
}
