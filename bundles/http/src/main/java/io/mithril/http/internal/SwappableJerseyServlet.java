package io.mithril.http.internal;

import jakarta.servlet.GenericServlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one servlet registered on the HTTP whiteboard for the REST API. It delegates to the current Jersey container
 * and swaps in a new one on reload: the new container is fully initialised first, then becomes current, and the old
 * one is destroyed only after its last in-flight request has finished. Jersey's own {@code reload()} shuts the
 * application down under running requests (platform.md pitfall 10); this does not.
 */
public final class SwappableJerseyServlet extends GenericServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SwappableJerseyServlet.class);

    private final transient Executor destroyer;
    private final Duration startupWait;
    private final transient Object lock = new Object();
    private transient ServletConfig config;
    private transient Supplier<ResourceConfig> pending;
    private transient Supplier<ResourceConfig> served;
    private transient volatile ContainerLease current;
    /** After {@link #shutdown}: for good. */
    private volatile boolean shutDown;

    /**
     * @param destroyer   runs the destruction of retired containers off the request threads
     * @param startupWait how long a request waits for the first container before a 503
     */
    public SwappableJerseyServlet(Executor destroyer, Duration startupWait) {
        this.destroyer = destroyer;
        this.startupWait = startupWait;
    }

    @Override
    public void init(ServletConfig servletConfig) throws ServletException {
        super.init(servletConfig);
        synchronized (lock) {
            if (shutDown) {
                return;
            }
            config = servletConfig;
            if (pending != null) {
                Supplier<ResourceConfig> application = pending;
                pending = null;
                try {
                    swapTo(application);
                } catch (ServletException | RuntimeException e) {
                    // Failing init would get this servlet unregistered for good; serve 503 until the next publish.
                    LOG.error("the REST application did not start; waiting for the next one", e);
                }
            }
        }
    }

    /**
     * Makes the application built by {@code application} the served one. Before the servlet container has
     * initialised this servlet it is kept and built at {@link #init}. If the new application fails to start, the
     * current one keeps serving and the error is thrown. A supplier, because a Jersey ResourceConfig serves one
     * container only and a re-initialised servlet needs a fresh one.
     */
    public void install(Supplier<ResourceConfig> application) throws ServletException {
        synchronized (lock) {
            if (shutDown) {
                return;
            }
            if (config == null) {
                pending = application;
                return;
            }
            swapTo(application);
        }
    }

    private void swapTo(Supplier<ResourceConfig> application) throws ServletException {
        ServletContainer container = start(application);
        ContainerLease previous = current;
        current = new ContainerLease(container, destroyer);
        served = application;
        lock.notifyAll();
        if (previous != null) {
            previous.retire();
        }
    }

    private ServletContainer start(Supplier<ResourceConfig> application) throws ServletException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Jersey and HK2 look some things up through the TCCL; make it this bundle's loader.
        thread.setContextClassLoader(SwappableJerseyServlet.class.getClassLoader());
        try {
            ServletContainer container = new ServletContainer(application.get());
            try {
                container.init(config);
            } catch (ServletException | RuntimeException e) {
                destroyQuietly(container);
                throw e;
            }
            return container;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void destroyQuietly(ServletContainer container) {
        try {
            container.destroy();
        } catch (RuntimeException e) {
            LOG.debug("could not clean up a Jersey container that failed to start", e);
        }
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        ContainerLease lease = acquire();
        if (lease == null) {
            unavailable((HttpServletResponse) response);
            return;
        }
        try {
            lease.container().service(request, response);
        } finally {
            lease.release();
        }
    }

    /** Requests currently running in the served container (for tests and diagnostics). */
    int inFlight() {
        ContainerLease lease = current;
        return lease == null ? 0 : lease.inFlight();
    }

    private ContainerLease acquire() {
        long deadline = System.nanoTime() + startupWait.toNanos();
        while (true) {
            ContainerLease lease = current;
            if (lease == null) {
                if (shutDown || !awaitFirstContainer(deadline)) {
                    return null;
                }
            } else if (lease.tryAcquire()) {
                return lease;
            } else if (shutDown) {
                return null;
            } else {
                // retired by a concurrent swap: the next read sees its successor
                Thread.onSpinWait();
            }
        }
    }

    private boolean awaitFirstContainer(long deadline) {
        synchronized (lock) {
            try {
                while (current == null && !shutDown) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                }
                return current != null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static void unavailable(HttpServletResponse response) throws IOException {
        byte[] body = ErrorBodies.serverError("The REST API is not ready").getBytes(StandardCharsets.UTF_8);
        response.setStatus(503);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * Called by the servlet container when it stops this servlet, which it may initialise again later (Felix HTTP does
     * so when its server restarts): the served application is kept and rebuilt at the next {@link #init}.
     */
    @Override
    public void destroy() {
        synchronized (lock) {
            config = null;
            if (pending == null) {
                pending = served;
            }
            retireCurrent();
        }
    }

    /** Stops serving for good: running requests finish, new ones get 503. */
    public void shutdown() {
        synchronized (lock) {
            shutDown = true;
            pending = null;
            retireCurrent();
        }
    }

    private void retireCurrent() {
        ContainerLease last = current;
        current = null;
        if (last != null) {
            last.retire();
        }
        lock.notifyAll();
    }
}
