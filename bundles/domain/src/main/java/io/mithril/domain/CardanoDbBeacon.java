package io.mithril.domain;

/** A point of the Cardano immutable DB: epoch and number of the last immutable file included. */
public record CardanoDbBeacon(Epoch epoch, long immutableFileNumber) {

    public CardanoDbBeacon {
        if (epoch == null) {
            throw new IllegalArgumentException("epoch is required");
        }
    }

    public static CardanoDbBeacon of(long epoch, long immutableFileNumber) {
        return new CardanoDbBeacon(Epoch.of(epoch), immutableFileNumber);
    }
}
