package io.mithril.store.internal;

import static io.mithril.store.internal.Sql.integer;
import static io.mithril.store.internal.Sql.text;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.Field;
import org.jooq.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mithril.store.EventRecord;
import io.mithril.store.EventStore;

/** The <code>event</code> table of <code>monitoring.sqlite3</code>. */
@Component(service = EventStore.class)
public final class JooqEventStore implements EventStore {
    static final Table<?> EVENT = Sql.table("event");
    static final Field<Long> EVENT_ID = integer("event_id");
    static final Field<String> CREATED_AT = text("created_at");
    static final Field<String> SOURCE = text("source");
    static final Field<String> ACTION = text("action");
    static final Field<String> CONTENT = text("content");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqliteDatabase database;
    private final Clock clock;

    public JooqEventStore(SqliteDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Activate
    public JooqEventStore(@Reference StoreDatabases databases) {
        this(databases.monitoring(), Clock.systemUTC());
    }

    @Override
    public long append(String source, String action, String contentJson, Map<String, String> headers) {
        String content = envelope(contentJson, headers);
        String now = Timestamps.format(clock.instant());
        return database.write(dsl -> dsl.insertInto(EVENT).columns(CREATED_AT, SOURCE, ACTION, CONTENT)
                .values(now, source, action, content).returning(EVENT_ID).fetchOne(EVENT_ID));
    }

    @Override
    public List<EventRecord> latest(int limit) {
        return database.read(dsl -> dsl.select(EVENT_ID, CREATED_AT, SOURCE, ACTION, CONTENT).from(EVENT)
                .orderBy(EVENT_ID.desc()).limit(limit)
                .fetch(r -> new EventRecord(r.value1(), Timestamps.parse(r.value2()), r.value3(), r.value4(),
                        r.value5())));
    }

    /** <code>{"content":…,"headers":{…}}</code>, headers sorted for stable output. */
    static String envelope(String contentJson, Map<String, String> headers) {
        try {
            ObjectNode event = JSON.createObjectNode();
            event.set("content", JSON.readTree(contentJson));
            ObjectNode headerNode = event.putObject("headers");
            new TreeMap<>(headers).forEach(headerNode::put);
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event content is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
