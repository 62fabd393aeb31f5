package io.mithril.devnet.internal;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The follower aggregators of a devnet, each a child process of the same distribution. They are stopped with the
 * devnet: by {@link #close()} and, should the JVM end first, by a shutdown hook. A stop asks each child to end
 * (SIGTERM: its own shutdown hook closes the platform), waits a bounded time, then kills what is left.
 */
final class FollowerFleet implements AutoCloseable {
    static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private final List<Process> processes = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "devnet-followers-stop");
    private volatile boolean stopping;

    private FollowerFleet() {
    }

    /**
     * Starts each follower after giving it the leader's chain file.
     *
     * @param onExit told when a follower ends before the fleet is stopped (its index and exit code)
     */
    static FollowerFleet start(List<FollowerLaunch> followers, Path home, Path leaderStores,
            Map<String, ?> leaderConfiguration, ExitListener onExit) throws IOException {
        FollowerFleet fleet = new FollowerFleet();
        Runtime.getRuntime().addShutdownHook(fleet.shutdownHook);
        try {
            for (FollowerLaunch follower : followers) {
                ChainFileSharing.share(leaderStores, follower.storesDirectory());
                fleet.launch(follower, home, leaderConfiguration, onExit);
            }
        } catch (IOException | RuntimeException e) {
            fleet.close();
            throw e;
        }
        return fleet;
    }

    interface ExitListener {
        void exited(int index, int code);
    }

    private void launch(FollowerLaunch follower, Path home, Map<String, ?> configuration, ExitListener onExit)
            throws IOException {
        Files.createDirectories(follower.directory());
        ProcessBuilder builder = new ProcessBuilder(follower.command(home))
                .directory(follower.directory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(follower.logFile().toFile()))
                .redirectInput(Redirect.from(Path.of("/dev/null").toFile()));
        Map<String, String> environment = builder.environment();
        Map<String, String> inherited = Map.copyOf(environment);
        environment.clear();
        environment.putAll(follower.environment(configuration, inherited));
        Process process = builder.start();
        synchronized (processes) {
            processes.add(process);
        }
        process.onExit().thenAccept(p -> {
            if (!stopping) {
                onExit.exited(follower.index(), p.exitValue());
            }
        });
    }

    /** Processes still running. */
    int running() {
        synchronized (processes) {
            return (int) processes.stream().filter(Process::isAlive).count();
        }
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs (or ran) the same stop
        }
    }

    private void stopAll() {
        stopping = true;
        List<Process> children;
        synchronized (processes) {
            children = List.copyOf(processes);
        }
        children.forEach(Process::destroy);
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        for (Process child : children) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!child.waitFor(left, TimeUnit.NANOSECONDS)) {
                    child.descendants().forEach(ProcessHandle::destroyForcibly);
                    child.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.destroyForcibly();
            }
        }
    }
}
