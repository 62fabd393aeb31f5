package io.mithril.store.internal;

import static io.mithril.store.internal.Sql.smallInteger;
import static io.mithril.store.internal.Sql.text;

import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.store.BufferedSignatureRecord;
import io.mithril.store.BufferedSignatureRepository;

/** <code>buffered_single_signature</code>: one signature per (type, party), the newest wins. */
@Component(service = BufferedSignatureRepository.class)
public final class JooqBufferedSignatureRepository implements BufferedSignatureRepository {
    static final Table<?> BUFFERED = Sql.table("buffered_single_signature");
    static final Field<Integer> SIGNED_ENTITY_TYPE_ID = smallInteger("signed_entity_type_id");
    static final Field<String> PARTY_ID = text("party_id");
    static final Field<String> LOTTERY_INDEXES = text("lottery_indexes");
    static final Field<String> SIGNATURE = text("signature");
    static final Field<String> CREATED_AT = text("created_at");

    private final SqliteDatabase database;

    // Not public: DS must only see the @Activate constructor (same parameter count).
    JooqBufferedSignatureRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Activate
    public JooqBufferedSignatureRepository(@Reference StoreDatabases databases) {
        this(databases.aggregator());
    }

    @Override
    public void buffer(BufferedSignatureRecord s) {
        String createdAt = Timestamps.format(s.createdAt());
        database.write(dsl -> dsl.insertInto(BUFFERED)
                .columns(SIGNED_ENTITY_TYPE_ID, PARTY_ID, LOTTERY_INDEXES, SIGNATURE, CREATED_AT)
                .values(s.signedEntityTypeId(), s.partyId(), s.lotteryIndexes(), s.signature(), createdAt)
                .onConflict(SIGNED_ENTITY_TYPE_ID, PARTY_ID).doUpdate().set(LOTTERY_INDEXES, s.lotteryIndexes())
                .set(SIGNATURE, s.signature()).set(CREATED_AT, createdAt).execute());
    }

    @Override
    public List<BufferedSignatureRecord> byType(int signedEntityTypeId) {
        return database.read(dsl -> select(dsl, signedEntityTypeId));
    }

    @Override
    public int remove(int signedEntityTypeId, Collection<String> partyIds) {
        if (partyIds.isEmpty()) {
            return 0;
        }
        return database.write(dsl -> dsl.deleteFrom(BUFFERED).where(SIGNED_ENTITY_TYPE_ID.eq(signedEntityTypeId))
                .and(PARTY_ID.in(partyIds)).execute());
    }

    @Override
    public List<BufferedSignatureRecord> drain(int signedEntityTypeId) {
        return database.write(dsl -> {
            List<BufferedSignatureRecord> drained = select(dsl, signedEntityTypeId);
            dsl.deleteFrom(BUFFERED).where(SIGNED_ENTITY_TYPE_ID.eq(signedEntityTypeId)).execute();
            return drained;
        });
    }

    private static List<BufferedSignatureRecord> select(DSLContext dsl, int signedEntityTypeId) {
        return dsl.select(SIGNED_ENTITY_TYPE_ID, PARTY_ID, LOTTERY_INDEXES, SIGNATURE, CREATED_AT).from(BUFFERED)
                .where(SIGNED_ENTITY_TYPE_ID.eq(signedEntityTypeId)).orderBy(Sql.ROWID)
                .fetch(r -> new BufferedSignatureRecord(r.value1(), r.value2(), r.value3(), r.value4(),
                        Timestamps.parse(r.value5())));
    }
}
