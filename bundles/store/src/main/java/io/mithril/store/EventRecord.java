package io.mithril.store;

import java.time.Instant;

/**
 * A row of <code>event</code> in <code>monitoring.sqlite3</code>.
 *
 * @param content the stored JSON, <code>{"content":…,"headers":{…}}</code>
 */
public record EventRecord(long eventId, Instant createdAt, String source, String action, String content) {
}
