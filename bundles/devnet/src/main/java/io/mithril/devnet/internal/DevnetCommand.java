package io.mithril.devnet.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.mithril.chain.devnet.DevnetPools;
import io.mithril.core.GenesisBootstrap;
import io.mithril.core.OpenMessageView;
import io.mithril.devnet.AggregatorClient;
import io.mithril.devnet.ChainObserverView;
import io.mithril.devnet.ChainView.ChainViewException;
import io.mithril.devnet.SignerSimulator;
import io.mithril.devnet.SimulatedSigner;
import io.mithril.devnet.internal.DevnetArguments.UsageException;
import io.mithril.ouroboros.dmq.DmqProtocol;
import io.mithril.spi.chain.ChainObserver;
import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.cli.Command;

/**
 * <code>mithril-aggregator devnet [--signers N] [--followers N] [--dmq]</code>: the launcher runs the full server
 * (HTTP and runtime) on the devnet profile, and this command adds what a fresh machine lacks: the genesis certificate
 * (bootstrapped with the devnet genesis key when the store has none) and N simulated signers; with
 * <code>--dmq</code>/<code>--followers</code>, a DMQ relay and follower aggregators as child processes
 * ({@link DevnetNetwork}). It prints where the API is and one line per
 * event, and runs until interrupted (exit 0). Argument errors exit with 2, configuration errors with 1.
 */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=devnet")
public final class DevnetCommand implements Command {
    private static final Duration SERVICE_WAIT = Duration.ofSeconds(60);

    private final DevnetConfiguration configuration;
    private final Clock clock;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile GenesisBootstrap genesis;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(" + ChainObserver.TYPE_PROPERTY + "=devnet)")
    private volatile ChainObserver chain;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile OpenMessageView openMessages;
    private volatile DevnetSession session;
    private volatile DevnetNetwork network;
    /** The distribution the followers are started from; null outside a distribution (then no followers). */
    private volatile Path home;
    private volatile boolean deactivated;

    @Activate
    public DevnetCommand(@Reference DevnetConfiguration configuration) {
        this(configuration, Clock.systemUTC());
        String distribution = System.getProperty("mithril.home");
        this.home = distribution == null ? null : Path.of(distribution);
    }

    DevnetCommand(DevnetConfiguration configuration, Clock clock) {
        this.configuration = configuration;
        this.clock = clock;
    }

    /** For tests: the services DS would inject. */
    DevnetCommand with(GenesisBootstrap genesis, ChainObserver chain, OpenMessageView openMessages) {
        this.genesis = genesis;
        this.chain = chain;
        this.openMessages = openMessages;
        return this;
    }

    /** For tests: the distribution home the followers would start from. */
    DevnetCommand withHome(Path distribution) {
        this.home = distribution;
        return this;
    }

    @Override
    public String summary() {
        return "Runs a local devnet: simulated chain and signers, genesis bootstrap, until interrupted";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        DevnetArguments arguments;
        try {
            arguments = DevnetArguments.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage() + "\n\n" + DevnetArguments.USAGE);
            return 2;
        }
        if (arguments.help()) {
            out.println(DevnetArguments.USAGE);
            return 0;
        }
        Map<String, Object> properties = configuration.properties();
        DevnetSettings settings;
        try {
            settings = DevnetSettings.from(properties);
        } catch (RuntimeException e) {
            err.println("devnet: invalid configuration: " + e.getMessage());
            return 1;
        }
        String problem = configurationProblem(settings);
        if (problem != null) {
            err.println("devnet: " + problem);
            return 1;
        }
        ChainObserver devnetChain = await(() -> chain);
        if (devnetChain == null) {
            err.println("devnet: no devnet chain observer after " + SERVICE_WAIT.toSeconds() + " s (is the"
                    + " chain-devnet bundle installed?)");
            return 1;
        }
        ChainObserverView chainView = new ChainObserverView(devnetChain);
        String poolProblem = poolProblem(chainView, settings.seed(), arguments.signers());
        if (poolProblem != null) {
            err.println("error: " + poolProblem);
            return 2;
        }
        return runSession(arguments, settings, chainView, out, err);
    }

    private int runSession(DevnetArguments arguments, DevnetSettings settings, ChainObserverView chainView,
            PrintStream out, PrintStream err) {
        ActivityLog log = new ActivityLog(out, clock, arguments.signers());
        AggregatorClient client = AggregatorClient.of(settings.endpoint());
        DevnetNetwork devnetNetwork;
        try {
            devnetNetwork = startNetwork(arguments, settings, log);
        } catch (IOException | RuntimeException e) {
            err.println("devnet: cannot start the DMQ relay and followers: " + e.getMessage());
            return 1;
        }
        network = devnetNetwork;
        try (DevnetNetwork running = devnetNetwork) {
            return runSession(arguments, settings, chainView, running, client, log, out);
        }
    }

    private DevnetNetwork startNetwork(DevnetArguments arguments, DevnetSettings settings, ActivityLog log)
            throws IOException {
        if (!arguments.publishesOverDmq()) {
            return DevnetNetwork.leaderOnly();
        }
        Path dataDirectory = dataDirectory(configuration.properties());
        if (arguments.followers() > 0 && home == null) {
            throw new IOException("--followers needs the distribution's home (system property mithril.home, set"
                    + " by bin/mithril-aggregator)");
        }
        return DevnetNetwork.start(arguments.followers(), settings, dataDirectory, home, configuration.properties(),
                (index, code) -> log.line("follower", "follower-" + index + " exited with code " + code + ", see "
                        + dataDirectory.resolve("follower-" + index).resolve("aggregator.log")));
    }

    /** The launcher puts the leader's stores in <code>{data dir}/stores</code>: the data directory is its parent. */
    static Path dataDirectory(Map<String, Object> properties) throws IOException {
        Object stores = properties.get("data_stores_directory");
        if (stores == null || stores.toString().isBlank() || stores.toString().equals(":memory:")) {
            throw new IOException("--dmq and --followers need a data directory on disk (data_stores_directory)");
        }
        return Path.of(stores.toString()).toAbsolutePath().normalize().getParent();
    }

    private int runSession(DevnetArguments arguments, DevnetSettings settings, ChainObserverView chainView,
            DevnetNetwork devnetNetwork, AggregatorClient client, ActivityLog log, PrintStream out) {
        SignerSimulator simulator = new SignerSimulator(signers(settings.seed(), arguments.signers()), chainView,
                client, devnetNetwork.publisher(client, chainView), log);
        out.println("Mithril devnet: aggregator API at " + settings.endpoint());
        for (FollowerLaunch follower : devnetNetwork.followers()) {
            out.println("  follower-" + follower.index() + " API at " + follower.endpoint() + " (log "
                    + follower.logFile() + ")");
        }
        if (devnetNetwork.dmqSocket() != null) {
            out.println("  DMQ relay at " + devnetNetwork.dmqSocket() + " (magic " + DmqProtocol.DEVNET_MAGIC
                    + "): the signers publish through it, then over HTTP to the leader");
        }
        out.println("  " + arguments.signers() + " simulated signer(s) operating devnet pools 0.." + (arguments.signers()
                - 1) + " (seed '" + settings.seed() + "'), a cycle every " + arguments.cycle().toMillis()
                + " ms; Ctrl-C to stop");
        DevnetSession running = new DevnetSession(simulator, new DevnetGenesis(() -> genesis,
                settings.genesisSecretKey(), log), new ApiWatcher(client, log),
                new OpenMessageWatcher(() -> openMessages, log), log, arguments.cycle());
        session = running;
        if (deactivated) {
            running.stop();
        }
        running.run();
        log.line("stopped", "the devnet stopped; run the same command with the same data directory to resume");
        return 0;
    }

    private static List<SimulatedSigner> signers(String seed, int count) {
        List<SimulatedSigner> signers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            signers.add(new SimulatedSigner(seed, i));
        }
        return signers;
    }

    static String configurationProblem(DevnetSettings settings) {
        if (!"devnet".equals(settings.chainObserverType())) {
            return "the devnet needs chain_observer_type=devnet, the configuration has '"
                    + settings.chainObserverType() + "'";
        }
        return settings.genesisKeyMismatch();
    }

    /** Null when the chain's stake distribution holds the pools of the N simulated signers. */
    static String poolProblem(ChainObserverView chain, String seed, int signers) {
        StakeDistribution stakes;
        try {
            stakes = chain.currentStakeDistribution();
        } catch (ChainViewException e) {
            return e.getMessage();
        }
        int present = 0;
        for (int i = 0; i < signers; i++) {
            present += stakes.stakeOf(DevnetPools.pool(seed, i).poolId()) > 0 ? 1 : 0;
        }
        if (present < signers) {
            return "--signers " + signers + " needs " + signers + " devnet pools, the devnet chain has " + present
                    + " of them (" + stakes.stakeByPoolId().size() + " pools in all): set devnet_signers to at least "
                    + signers + " and keep devnet_seed and the default stake distribution";
        }
        return null;
    }

    private <T> T await(Supplier<T> service) {
        long deadline = System.nanoTime() + SERVICE_WAIT.toNanos();
        T value = service.get();
        while (value == null && System.nanoTime() < deadline && !deactivated) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            value = service.get();
        }
        return value;
    }

    @Deactivate
    void deactivate() {
        deactivated = true;
        DevnetSession running = session;
        if (running != null) {
            running.stop();
        }
        DevnetNetwork started = network;
        if (started != null) {
            // the platform may be closing in a shutdown hook: do not leave children or the relay behind
            started.close();
        }
    }
}
