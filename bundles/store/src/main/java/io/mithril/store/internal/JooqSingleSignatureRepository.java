package io.mithril.store.internal;

import static io.mithril.store.internal.Sql.integer;
import static io.mithril.store.internal.Sql.text;

import java.util.List;

import org.jooq.Field;
import org.jooq.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.store.SingleSignatureRecord;
import io.mithril.store.SingleSignatureRepository;

/** <code>single_signature</code>; deleted with their open message (ON DELETE CASCADE). */
@Component(service = SingleSignatureRepository.class)
public final class JooqSingleSignatureRepository implements SingleSignatureRepository {
    static final Table<?> SINGLE_SIGNATURE = Sql.table("single_signature");
    static final Field<String> OPEN_MESSAGE_ID = text("open_message_id");
    static final Field<String> SIGNER_ID = text("signer_id");
    static final Field<Long> REGISTRATION_EPOCH_SETTING_ID = integer("registration_epoch_setting_id");
    static final Field<String> LOTTERY_INDEXES = text("lottery_indexes");
    static final Field<String> SIGNATURE = text("signature");
    static final Field<String> CREATED_AT = text("created_at");

    private final SqliteDatabase database;

    // Not public: DS must only see the @Activate constructor (same parameter count).
    JooqSingleSignatureRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Activate
    public JooqSingleSignatureRepository(@Reference StoreDatabases databases) {
        this(databases.aggregator());
    }

    @Override
    public void save(SingleSignatureRecord s) {
        String createdAt = Timestamps.format(s.createdAt());
        database.write(dsl -> dsl.insertInto(SINGLE_SIGNATURE)
                .columns(OPEN_MESSAGE_ID, SIGNER_ID, REGISTRATION_EPOCH_SETTING_ID, LOTTERY_INDEXES, SIGNATURE,
                        CREATED_AT)
                .values(s.openMessageId(), s.signerId(), s.registrationEpoch(), s.lotteryIndexes(), s.signature(),
                        createdAt)
                .onConflict(OPEN_MESSAGE_ID, SIGNER_ID, REGISTRATION_EPOCH_SETTING_ID).doUpdate()
                .set(LOTTERY_INDEXES, s.lotteryIndexes()).set(SIGNATURE, s.signature()).set(CREATED_AT, createdAt)
                .execute());
    }

    @Override
    public List<SingleSignatureRecord> byOpenMessage(String openMessageId) {
        return database.read(dsl -> dsl
                .select(OPEN_MESSAGE_ID, SIGNER_ID, REGISTRATION_EPOCH_SETTING_ID, LOTTERY_INDEXES, SIGNATURE,
                        CREATED_AT)
                .from(SINGLE_SIGNATURE).where(OPEN_MESSAGE_ID.eq(openMessageId)).orderBy(SIGNER_ID)
                .fetch(r -> new SingleSignatureRecord(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Timestamps.parse(r.value6()))));
    }
}
