package io.mithril.chain.cardanocli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.mithril.spi.chain.ChainObserverException;

/**
 * Runs <code>{cardano_cli_path} latest query … {--mainnet | --testnet-magic M}</code> with
 * <code>CARDANO_NODE_SOCKET_PATH</code> set, like the reference's CardanoCliRunner. A non-zero exit, a launch
 * failure or a timeout is a {@link ChainObserverException} naming the command and quoting its stderr.
 */
public final class ProcessCliRunner implements CliRunner {
    /** The reference waits forever; a stuck node socket must not hang the runtime, so we stop after this. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    /** How long to wait for the output pipes to close once the process has exited. */
    private static final long STREAM_GRACE_SECONDS = 30;
    private static final String CARDANO_ERA = "latest";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path cliPath;
    private final Path socketPath;
    private final CardanoNetwork network;
    private final Duration timeout;

    public ProcessCliRunner(Path cliPath, Path socketPath, CardanoNetwork network, Duration timeout) {
        this.cliPath = Objects.requireNonNull(cliPath, "cliPath");
        this.socketPath = Objects.requireNonNull(socketPath, "socketPath");
        this.network = Objects.requireNonNull(network, "network");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String queryTip() throws ChainObserverException {
        return run(command("tip"));
    }

    @Override
    public String queryStakeSnapshotAllPools() throws ChainObserverException {
        return run(command("stake-snapshot", "--all-stake-pools"));
    }

    @Override
    public String queryStakeDistribution() throws ChainObserverException {
        return run(command("stake-distribution"));
    }

    @Override
    public String queryStakeSnapshot(String poolId) throws ChainObserverException {
        return run(command("stake-snapshot", "--stake-pool-id", poolId));
    }

    @Override
    public String queryUtxo(String address) throws ChainObserverException {
        Path outFile = randomOutFile();
        try {
            run(command("utxo", "--address", address, "--out-file", outFile.toString()));
            return Files.readString(outFile, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new ChainObserverException("cannot read the cardano-cli utxo out-file " + outFile + ": " + e, e);
        } finally {
            try {
                Files.deleteIfExists(outFile);
            } catch (IOException e) {
                // a leftover temp file is harmless
            }
        }
    }

    /** The full command line of a query (visible for tests and messages). */
    List<String> command(String... query) {
        List<String> command = new ArrayList<>();
        command.add(cliPath.toString());
        command.add(CARDANO_ERA);
        command.add("query");
        command.addAll(List.of(query));
        command.addAll(network.cliArguments());
        return command;
    }

    private String run(List<String> command) throws ChainObserverException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CARDANO_NODE_SOCKET_PATH", socketPath.toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ChainObserverException("cannot launch command " + command + ": " + e.getMessage(), e);
        }
        CompletableFuture<String> stdout = readAsync(process.getInputStream());
        CompletableFuture<String> stderr = readAsync(process.getErrorStream());
        try {
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new ChainObserverException("command " + command + " did not finish within " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new ChainObserverException("Error launching command " + command + ", exit code "
                        + process.exitValue() + ", error = '" + stderr.get(STREAM_GRACE_SECONDS, TimeUnit.SECONDS).trim() + "'");
            }
            return stdout.get(STREAM_GRACE_SECONDS, TimeUnit.SECONDS).trim();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ChainObserverException("interrupted while running " + command, e);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new ChainObserverException("cannot read the output of " + command + ": " + e.getMessage(), e);
        }
    }

    /** Drains a process stream on its own daemon thread (never the common pool: these reads block). */
    private static CompletableFuture<String> readAsync(InputStream stream) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (stream) {
                result.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                result.completeExceptionally(e);
            }
        }, "cardano-cli-output");
        reader.setDaemon(true);
        reader.start();
        return result;
    }

    private static Path randomOutFile() throws ChainObserverException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "cardano-cli-runner");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ChainObserverException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        return dir.resolve(Long.toUnsignedString(RANDOM.nextLong()) + ".out");
    }
}
