package io.mithril.signature.dmq;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** Thread-safe counters behind {@link DmqConsumerStatistics}; they live as long as the source, across reconnections. */
public final class DmqConsumerCounters implements DmqConsumerStatistics {
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong valid = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLongArray invalid = new AtomicLongArray(DropReason.values().length);
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong connectionFailures = new AtomicLong();

    void countReceived() {
        received.incrementAndGet();
    }

    void countValid() {
        valid.incrementAndGet();
    }

    void countDuplicate() {
        duplicates.incrementAndGet();
    }

    void countInvalid(DropReason reason) {
        invalid.incrementAndGet(reason.ordinal());
    }

    void countConnection() {
        connections.incrementAndGet();
    }

    void countConnectionFailure() {
        connectionFailures.incrementAndGet();
    }

    @Override
    public long received() {
        return received.get();
    }

    @Override
    public long valid() {
        return valid.get();
    }

    @Override
    public long duplicates() {
        return duplicates.get();
    }

    @Override
    public long invalid(DropReason reason) {
        return invalid.get(reason.ordinal());
    }

    @Override
    public Map<DropReason, Long> invalidByReason() {
        Map<DropReason, Long> counts = new EnumMap<>(DropReason.class);
        for (DropReason reason : DropReason.values()) {
            counts.put(reason, invalid(reason));
        }
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public long connections() {
        return connections.get();
    }

    @Override
    public long connectionFailures() {
        return connectionFailures.get();
    }

    @Override
    public String toString() {
        return "DmqConsumerCounters[received=" + received() + ", valid=" + valid() + ", duplicates=" + duplicates()
                + ", invalid=" + invalidByReason() + ", connections=" + connections() + ", connectionFailures="
                + connectionFailures() + "]";
    }
}
