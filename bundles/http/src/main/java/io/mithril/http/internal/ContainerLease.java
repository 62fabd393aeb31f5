package io.mithril.http.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * One Jersey container and the requests running in it. Once retired it accepts no new request and is destroyed when
 * the last running one releases it, so a reload never shuts a container down under an in-flight request.
 */
final class ContainerLease {
    private static final int RETIRED = 1 << 30;

    private final ServletContainer container;
    private final Executor destroyer;
    /** Number of running requests, plus {@link #RETIRED} once retired. */
    private final AtomicInteger state = new AtomicInteger();

    ContainerLease(ServletContainer container, Executor destroyer) {
        this.container = container;
        this.destroyer = destroyer;
    }

    ServletContainer container() {
        return container;
    }

    /** Registers a request; false if the lease was retired meanwhile (the caller then takes the newer one). */
    boolean tryAcquire() {
        while (true) {
            int current = state.get();
            if ((current & RETIRED) != 0) {
                return false;
            }
            if (state.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    void release() {
        if (state.decrementAndGet() == RETIRED) {
            destroy();
        }
    }

    /** No new requests; destroys the container now if idle, else when the last request releases it. */
    void retire() {
        int before = state.getAndUpdate(current -> current | RETIRED);
        if (before == 0) {
            destroy();
        }
    }

    int inFlight() {
        return state.get() & ~RETIRED;
    }

    private void destroy() {
        try {
            destroyer.execute(container::destroy);
        } catch (RejectedExecutionException e) {
            container.destroy();
        }
    }
}
