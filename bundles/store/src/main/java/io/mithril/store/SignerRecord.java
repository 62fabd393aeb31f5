package io.mithril.store;

import java.time.Instant;

/** A row of <code>signer</code>: a pool that registered at least once, or was imported with its ticker. */
public record SignerRecord(String signerId, String poolTicker, Instant createdAt, Instant updatedAt,
        Instant lastRegisteredAt) {

    public boolean hasRegistered() {
        return lastRegisteredAt != null;
    }
}
