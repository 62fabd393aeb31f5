package io.mithril.signature.dmq.internal;

import java.time.Duration;

/** Exponential back-off between reconnections (doubling up to a maximum, reset after a successful exchange). */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private Duration next;

    public Backoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < initial ≤ max, got " + initial + ", " + max);
        }
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** The delay to wait now; the following one doubles. */
    public Duration next() {
        Duration current = next;
        next = current.multipliedBy(2).compareTo(max) > 0 ? max : current.multipliedBy(2);
        return current;
    }

    public void reset() {
        next = initial;
    }
}
