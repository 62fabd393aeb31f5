package io.mithril.store;

import java.time.Instant;

/**
 * A row of <code>open_message</code> (aggregator.md §2.4). Unique per (type, beacon).
 *
 * @param openMessageId a UUID v4, as text
 * @param beacon the beacon JSON as stored (canonical, aggregator.md §10.4)
 * @param protocolMessage the protocol message JSON
 * @param expiresAt {@code null} when the message never expires
 */
public record OpenMessageRecord(String openMessageId, long epoch, String beacon, int signedEntityTypeId,
        String protocolMessage, boolean certified, boolean expired, Instant createdAt, Instant expiresAt) {
}
