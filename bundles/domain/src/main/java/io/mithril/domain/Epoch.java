package io.mithril.domain;

/**
 * A Cardano epoch number (Rust {@code Epoch(u64)}). Values are treated as non-negative; the reference never produces an
 * epoch above {@link Long#MAX_VALUE}.
 */
public record Epoch(long value) implements Comparable<Epoch> {

    public Epoch {
        if (value < 0) {
            throw new IllegalArgumentException("epoch must be non-negative: " + value);
        }
    }

    public static Epoch of(long value) {
        return new Epoch(value);
    }

    /** Parses the decimal form used in protocol-message parts (e.g. {@code current_epoch}). */
    public static Epoch parse(String decimal) {
        return new Epoch(Long.parseLong(decimal));
    }

    public Epoch plus(long offset) {
        return new Epoch(Math.addExact(value, offset));
    }

    /** Saturates at epoch 0, like the reference's {@code offset_to_recording_epoch} helpers. */
    public Epoch minus(long offset) {
        return new Epoch(Math.max(0, value - offset));
    }

    /** Distance between two epochs, always non-negative. */
    public long distanceTo(Epoch other) {
        return Math.abs(value - other.value);
    }

    @Override
    public int compareTo(Epoch o) {
        return Long.compare(value, o.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
