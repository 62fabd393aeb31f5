package io.mithril.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.Test;

class ContainerLeaseTest {

    /** Counts destructions and records any that happen while a request still holds the lease. */
    private static final class CountingContainer extends ServletContainer {
        private static final long serialVersionUID = 1L;
        final AtomicInteger destroyed = new AtomicInteger();
        final AtomicInteger destroyedWhileHeld = new AtomicInteger();
        ContainerLease lease;

        @Override
        public void destroy() {
            destroyed.incrementAndGet();
            if (lease.inFlight() != 0) {
                destroyedWhileHeld.incrementAndGet();
            }
        }
    }

    private static ContainerLease lease(CountingContainer container) {
        container.lease = new ContainerLease(container, Runnable::run);
        return container.lease;
    }

    @Test
    void anIdleLeaseIsDestroyedWhenRetired() {
        CountingContainer container = new CountingContainer();
        ContainerLease lease = lease(container);

        lease.retire();
        lease.retire();

        assertEquals(1, container.destroyed.get());
        assertFalse(lease.tryAcquire());
    }

    @Test
    void aBusyLeaseIsDestroyedByItsLastRequest() {
        CountingContainer container = new CountingContainer();
        ContainerLease lease = lease(container);
        assertTrue(lease.tryAcquire());
        assertTrue(lease.tryAcquire());

        lease.retire();
        assertFalse(lease.tryAcquire(), "no new request after retirement");
        lease.release();
        assertEquals(0, container.destroyed.get());
        lease.release();

        assertEquals(1, container.destroyed.get());
        assertEquals(0, container.destroyedWhileHeld.get());
    }

    @Test
    void concurrentRequestsAndRetirementDestroyExactlyOnceAndNeverUnderARequest() throws Exception {
        for (int round = 0; round < 50; round++) {
            CountingContainer container = new CountingContainer();
            ContainerLease lease = lease(container);
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread thread = new Thread(() -> {
                    awaitQuietly(go);
                    for (int i = 0; i < 1000; i++) {
                        if (lease.tryAcquire()) {
                            lease.release();
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            go.countDown();
            lease.retire();
            for (Thread thread : threads) {
                thread.join();
            }

            assertEquals(1, container.destroyed.get());
            assertEquals(0, container.destroyedWhileHeld.get());
            assertEquals(0, lease.inFlight());
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
