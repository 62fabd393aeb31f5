package io.mithril.core;

import java.time.Instant;
import java.util.Map;

/**
 * An open message waiting for signatures.
 *
 * @param signedEntityTypeJson the signed entity type as a signer sends it, e.g. {@code {"MithrilStakeDistribution":15}}
 * @param epoch the epoch at which it is signed
 * @param signedMessage the hex hash of the protocol message: signers sign its ASCII bytes
 * @param messageParts the protocol-message parts, key to value, in hash order
 * @param expiresAt when it stops accepting signatures, null if never
 */
public record PendingMessage(String signedEntityTypeJson, long epoch, String signedMessage,
        Map<String, String> messageParts, Instant expiresAt) {
    public PendingMessage {
        messageParts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(messageParts));
    }
}
