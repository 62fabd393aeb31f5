package io.mithril.core.internal.runtime;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticks the runtime every {@code run_interval} on its own thread (a tick never overlaps the previous one). A critical
 * error stops the loop and is handed to {@code onCritical}, which stops the process.
 */
public final class RuntimeLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RuntimeLoop.class);

    private final AggregatorRuntime runtime;
    private final Duration interval;
    private final Consumer<CriticalRuntimeException> onCritical;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "mithril-runtime");
        thread.setDaemon(true);
        return thread;
    });

    public RuntimeLoop(AggregatorRuntime runtime, Duration interval, Consumer<CriticalRuntimeException> onCritical) {
        this.runtime = runtime;
        this.interval = interval;
        this.onCritical = onCritical;
    }

    public void start() {
        scheduler.scheduleAtFixedRate(this::tick, 0, Math.max(1, interval.toMillis()), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            runtime.tick();
        } catch (CriticalRuntimeException e) {
            LOG.error("critical runtime error, the aggregator stops: {}", e.getMessage(), e);
            scheduler.shutdown();
            onCritical.accept(e);
        } catch (RuntimeException | Error e) {
            // never let the scheduler swallow the loop: log and keep ticking
            LOG.error("unexpected runtime failure", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
