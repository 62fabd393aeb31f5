package io.mithril.dmq.relay;

import io.mithril.spi.signature.SignatureOutcome;
import io.mithril.spi.signature.SignatureSink;
import io.mithril.spi.signature.SingleSignatureEnvelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records what the DMQ consumer hands to the signature processor. */
final class RecordingSink implements SignatureSink {
    private final List<SingleSignatureEnvelope> received = new ArrayList<>();

    @Override
    public synchronized SignatureOutcome submit(SingleSignatureEnvelope signature) {
        received.add(signature);
        notifyAll();
        return SignatureOutcome.of(SignatureOutcome.Status.REGISTERED);
    }

    synchronized List<SingleSignatureEnvelope> received() {
        return List.copyOf(received);
    }

    /** Waits (up to 20 s) until at least {@code count} envelopes arrived; fails otherwise. */
    synchronized List<SingleSignatureEnvelope> awaitAtLeast(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (received.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " signatures, got " + received.size());
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(received);
    }
}
