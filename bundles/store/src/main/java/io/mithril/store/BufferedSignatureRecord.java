package io.mithril.store;

import java.time.Instant;

/** A row of <code>buffered_single_signature</code>: a signature received before its open message existed. */
public record BufferedSignatureRecord(int signedEntityTypeId, String partyId, String lotteryIndexes,
        String signature, Instant createdAt) {
}
