package io.mithril.uploader.local.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference's upload retry (aggregator.md §11): a number of attempts with a fixed delay between them, the last
 * failure reported with the earlier ones attached. The sleeper is injected so that tests do not wait. (The same
 * small class as in uploader-gcp: two plugins that must deploy independently share no internal code.)
 */
record RetryPolicy(int attempts, Duration delay, Sleeper sleeper) {
    /** 3 attempts, 5 s apart, as the reference's local and GCP uploaders. */
    static RetryPolicy reference() {
        return new RetryPolicy(3, Duration.ofSeconds(5), Sleeper.THREAD);
    }

    RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed");
        }
    }

    /** Waits between attempts; {@link #THREAD} really sleeps. */
    @FunctionalInterface
    interface Sleeper {
        Sleeper THREAD = delay -> Thread.sleep(delay.toMillis());

        void sleep(Duration delay) throws InterruptedException;
    }

    @FunctionalInterface
    interface Attempt<T> {
        T run() throws IOException;
    }

    <T> T run(String what, Attempt<T> attempt) throws IOException {
        List<IOException> failures = new ArrayList<>();
        for (int n = 1; n <= attempts; n++) {
            try {
                return attempt.run();
            } catch (IOException e) {
                failures.add(e);
            }
            if (n < attempts) {
                try {
                    sleeper.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw (InterruptedIOException) new InterruptedIOException("upload interrupted: " + what)
                            .initCause(failures.get(failures.size() - 1));
                }
            }
        }
        // The last failure is the cause; the earlier ones ride along as suppressed exceptions.
        IOException last = failures.get(failures.size() - 1);
        IOException failure = new IOException("Upload failed after " + attempts + " attempts. " + what + ": "
                + last.getMessage(), last);
        failures.subList(0, failures.size() - 1).forEach(failure::addSuppressed);
        throw failure;
    }
}
