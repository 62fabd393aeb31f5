package io.mithril.store.internal;

import static io.mithril.store.internal.Sql.bool;
import static io.mithril.store.internal.Sql.integer;
import static io.mithril.store.internal.Sql.smallInteger;
import static io.mithril.store.internal.Sql.text;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.store.OpenMessageRecord;
import io.mithril.store.OpenMessageRepository;

/** <code>open_message</code>, unique per (type, beacon). */
@Component(service = OpenMessageRepository.class)
public final class JooqOpenMessageRepository implements OpenMessageRepository {
    static final Table<?> OPEN_MESSAGE = Sql.table("open_message");
    static final Field<String> OPEN_MESSAGE_ID = text("open_message_id");
    static final Field<Long> EPOCH_SETTING_ID = integer("epoch_setting_id");
    static final Field<String> BEACON = text("beacon");
    static final Field<Integer> SIGNED_ENTITY_TYPE_ID = smallInteger("signed_entity_type_id");
    static final Field<String> CREATED_AT = text("created_at");
    static final Field<String> PROTOCOL_MESSAGE = text("protocol_message");
    static final Field<Boolean> IS_CERTIFIED = bool("is_certified");
    static final Field<Boolean> IS_EXPIRED = bool("is_expired");
    static final Field<String> EXPIRES_AT = text("expires_at");

    private static final List<Field<?>> COLUMNS = List.of(OPEN_MESSAGE_ID, EPOCH_SETTING_ID, BEACON,
            SIGNED_ENTITY_TYPE_ID, CREATED_AT, PROTOCOL_MESSAGE, IS_CERTIFIED, IS_EXPIRED, EXPIRES_AT);

    private final SqliteDatabase database;

    // Not public: DS must only see the @Activate constructor (same parameter count).
    JooqOpenMessageRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Activate
    public JooqOpenMessageRepository(@Reference StoreDatabases databases) {
        this(databases.aggregator());
    }

    @Override
    public void insert(OpenMessageRecord m) {
        database.write(dsl -> dsl.insertInto(OPEN_MESSAGE).columns(COLUMNS)
                .values(m.openMessageId(), m.epoch(), m.beacon(), m.signedEntityTypeId(),
                        Timestamps.format(m.createdAt()), m.protocolMessage(), m.certified(), m.expired(),
                        Timestamps.format(m.expiresAt()))
                .execute());
    }

    @Override
    public Optional<OpenMessageRecord> byTypeAndBeacon(int signedEntityTypeId, String beacon) {
        return database.read(dsl -> dsl.select(COLUMNS).from(OPEN_MESSAGE)
                .where(SIGNED_ENTITY_TYPE_ID.eq(signedEntityTypeId)).and(BEACON.eq(beacon))
                .fetchOptional(JooqOpenMessageRepository::toRecord));
    }

    @Override
    public Optional<OpenMessageRecord> byId(String openMessageId) {
        return database.read(dsl -> dsl.select(COLUMNS).from(OPEN_MESSAGE).where(OPEN_MESSAGE_ID.eq(openMessageId))
                .fetchOptional(JooqOpenMessageRepository::toRecord));
    }

    @Override
    public List<OpenMessageRecord> byEpoch(long epoch) {
        return database.read(dsl -> dsl.select(COLUMNS).from(OPEN_MESSAGE).where(EPOCH_SETTING_ID.eq(epoch))
                .orderBy(Sql.ROWID).fetch(JooqOpenMessageRepository::toRecord));
    }

    @Override
    public boolean markCertified(String openMessageId) {
        return database.write(dsl -> dsl.update(OPEN_MESSAGE).set(IS_CERTIFIED, true)
                .where(OPEN_MESSAGE_ID.eq(openMessageId)).execute()) == 1;
    }

    @Override
    public List<OpenMessageRecord> markExpired(int signedEntityTypeId, Instant now) {
        // expires_at is compared as a date, not as text: rows may come from the reference with other offsets.
        return database.write(dsl -> {
            List<OpenMessageRecord> expired = dsl.select(COLUMNS).from(OPEN_MESSAGE)
                    .where(SIGNED_ENTITY_TYPE_ID.eq(signedEntityTypeId)).and(IS_CERTIFIED.isFalse())
                    .and(IS_EXPIRED.isFalse()).and(EXPIRES_AT.isNotNull())
                    .fetch(JooqOpenMessageRepository::toRecord).stream()
                    .filter(m -> m.expiresAt().isBefore(now)).toList();
            for (OpenMessageRecord m : expired) {
                dsl.update(OPEN_MESSAGE).set(IS_EXPIRED, true).where(OPEN_MESSAGE_ID.eq(m.openMessageId())).execute();
            }
            return expired.stream().map(m -> new OpenMessageRecord(m.openMessageId(), m.epoch(), m.beacon(),
                    m.signedEntityTypeId(), m.protocolMessage(), m.certified(), true, m.createdAt(), m.expiresAt()))
                    .toList();
        });
    }

    @Override
    public int deleteBeforeEpoch(long epoch) {
        return database.write(dsl -> dsl.deleteFrom(OPEN_MESSAGE).where(EPOCH_SETTING_ID.lt(epoch)).execute());
    }

    private static OpenMessageRecord toRecord(Record r) {
        return new OpenMessageRecord(r.get(0, String.class), r.get(1, Long.class), r.get(2, String.class),
                r.get(3, Integer.class), r.get(5, String.class), Boolean.TRUE.equals(r.get(6, Boolean.class)),
                Boolean.TRUE.equals(r.get(7, Boolean.class)), Timestamps.parse(r.get(4, String.class)),
                Timestamps.parse(r.get(8, String.class)));
    }
}
