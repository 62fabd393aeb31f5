package io.mithril.http.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the set of published resources and extensions and republishes the Jersey application when it changes,
 * debounced so that a burst of bundle (un)registrations at startup builds one application, not dozens. Plain Java: the
 * OSGi component feeds it service objects; tests feed it instances.
 */
public final class JerseyPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JerseyPublisher.class);

    private final JerseyApplicationFactory factory;
    private final Duration debounce;
    private final ScheduledExecutorService executor;
    private final SwappableJerseyServlet servlet;
    private final Set<Object> resources = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Object> extensions = Collections.newSetFromMap(new IdentityHashMap<>());
    private ScheduledFuture<?> pendingReload;
    private boolean started;
    private boolean closed;
    private int generation;
    private int failures;

    public JerseyPublisher(JerseyApplicationFactory factory, Duration debounce, Duration startupWait) {
        this.factory = factory;
        this.debounce = debounce;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mithril-jersey-publisher");
            thread.setDaemon(true);
            return thread;
        });
        this.servlet = new SwappableJerseyServlet(executor, startupWait);
    }

    /** The servlet to register for {@code /aggregator/*}. */
    public SwappableJerseyServlet servlet() {
        return servlet;
    }

    /** Allows publishing; until then changes are only recorded (the OSGi side waits for Jersey to be ready). */
    public synchronized void start() {
        started = true;
        scheduleReload();
    }

    public synchronized void addResource(Object resource) {
        if (resources.add(resource)) {
            scheduleReload();
        }
    }

    public synchronized void removeResource(Object resource) {
        if (resources.remove(resource)) {
            scheduleReload();
        }
    }

    public synchronized void addExtension(Object extension) {
        if (extensions.add(extension)) {
            scheduleReload();
        }
    }

    public synchronized void removeExtension(Object extension) {
        if (extensions.remove(extension)) {
            scheduleReload();
        }
    }

    /** How many applications have been handed to the servlet (built at once, or at its next init). */
    public synchronized int generation() {
        return generation;
    }

    /** How many republications failed (the previous application kept serving each time). */
    public synchronized int failures() {
        return failures;
    }

    private void scheduleReload() {
        if (!started || closed) {
            return;
        }
        if (pendingReload != null) {
            pendingReload.cancel(false);
        }
        pendingReload = executor.schedule(this::reload, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void reload() {
        List<Object> resourceSnapshot;
        List<Object> extensionSnapshot;
        synchronized (this) {
            if (closed) {
                return;
            }
            resourceSnapshot = List.copyOf(resources);
            extensionSnapshot = List.copyOf(extensions);
        }
        try {
            servlet.install(() -> factory.build(resourceSnapshot, extensionSnapshot));
            synchronized (this) {
                generation++;
            }
            LOG.info("REST API published with {} resource(s) and {} extension(s)", resourceSnapshot.size(),
                    extensionSnapshot.size());
        } catch (Exception | LinkageError e) {
            synchronized (this) {
                failures++;
            }
            LOG.error("REST API not republished; the previous one keeps serving", e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (pendingReload != null) {
                pendingReload.cancel(false);
            }
        }
        servlet.shutdown();
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
