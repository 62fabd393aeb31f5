package io.mithril.store;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/** The monitoring event store (<code>monitoring.sqlite3</code>; never pruned). */
@ProviderType
public interface EventStore {
    /**
     * Appends an event whose stored content is <code>{"content":&lt;contentJson&gt;,"headers":{…}}</code>.
     *
     * @param contentJson any JSON value (e.g. <code>"complete"</code> or an object)
     * @return the new event id
     */
    long append(String source, String action, String contentJson, Map<String, String> headers);

    /** The most recent events, newest first. */
    List<EventRecord> latest(int limit);
}
