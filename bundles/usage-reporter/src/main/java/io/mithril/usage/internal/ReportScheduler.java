package io.mithril.usage.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs a task periodically; injectable so the reporter's cadence is tested without waiting. */
@FunctionalInterface
interface ReportScheduler {

    /** Runs {@code task} now and then every {@code interval} until the returned handle is closed. */
    AutoCloseable every(Duration interval, Runnable task);

    /** On an executor; like the reference's tokio interval the first run is immediate. */
    static ReportScheduler on(ScheduledExecutorService executor) {
        return (interval, task) -> {
            ScheduledFuture<?> future = executor.scheduleAtFixedRate(task, 0, interval.toNanos(),
                    TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        };
    }
}
