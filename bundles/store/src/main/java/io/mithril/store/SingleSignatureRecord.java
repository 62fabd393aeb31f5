package io.mithril.store;

import java.time.Instant;

/**
 * A row of <code>single_signature</code>: a signer's signature of an open message.
 *
 * @param registrationEpoch the epoch of the signer's registration (open message epoch − 1, aggregator.md §2.2)
 * @param lotteryIndexes JSON array of won lottery indexes
 * @param signature the JSON-hex single signature
 */
public record SingleSignatureRecord(String openMessageId, String signerId, long registrationEpoch,
        String lotteryIndexes, String signature, Instant createdAt) {
}
