package io.mithril.uploader.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final List<Duration> sleeps = new ArrayList<>();

    private RetryPolicy policy(int attempts) {
        return new RetryPolicy(attempts, Duration.ofSeconds(5), sleeps::add);
    }

    @Test
    void theReferencePolicyIsThreeAttemptsFiveSecondsApart() {
        assertEquals(3, RetryPolicy.reference().attempts());
        assertEquals(Duration.ofSeconds(5), RetryPolicy.reference().delay());
    }

    @Test
    void aFirstSuccessDoesNotWait() throws IOException {
        assertEquals("ok", policy(3).run("x", () -> "ok"));
        assertEquals(List.of(), sleeps);
    }

    @Test
    void retriesUntilSuccessWaitingBetweenAttempts() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        String result = policy(3).run("x", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new IOException("transient " + calls.get());
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(3, calls.get());
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5)), sleeps);
    }

    @Test
    void givesUpAfterTheLastAttemptWithEveryFailure() {
        AtomicInteger calls = new AtomicInteger();
        IOException e = assertThrows(IOException.class, () -> policy(3).run("Uploaded file path: /f", () -> {
            throw new IOException("failure " + calls.incrementAndGet());
        }));
        assertEquals(3, calls.get());
        assertEquals(2, sleeps.size(), "no wait after the last attempt");
        assertTrue(e.getMessage().startsWith("Upload failed after 3 attempts. Uploaded file path: /f"), e.getMessage());
        assertEquals("failure 3", e.getCause().getMessage());
        assertEquals(2, e.getSuppressed().length);
        assertEquals("failure 1", e.getSuppressed()[0].getMessage());
    }

    @Test
    void anInterruptStopsRetrying() {
        IOException cause = new IOException("down");
        RetryPolicy interrupted = new RetryPolicy(3, Duration.ofSeconds(5), d -> {
            throw new InterruptedException();
        });
        InterruptedIOException e = assertThrows(InterruptedIOException.class, () -> interrupted.run("x", () -> {
            throw cause;
        }));
        assertSame(cause, e.getCause());
        assertTrue(Thread.interrupted(), "the interrupt flag is restored");
    }

    @Test
    void atLeastOneAttempt() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, d -> { }));
    }
}
