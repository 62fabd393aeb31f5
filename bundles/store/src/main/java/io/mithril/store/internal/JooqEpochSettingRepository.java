package io.mithril.store.internal;

import static io.mithril.store.internal.Sql.integer;
import static io.mithril.store.internal.Sql.text;

import java.util.Optional;

import org.jooq.Field;
import org.jooq.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.store.EpochSettingRecord;
import io.mithril.store.EpochSettingRepository;

/** <code>epoch_setting</code>: insert-or-ignore, so a re-run epoch task keeps the first stored row. */
@Component(service = EpochSettingRepository.class)
public final class JooqEpochSettingRepository implements EpochSettingRepository {
    static final Table<?> EPOCH_SETTING = Sql.table("epoch_setting");
    static final Field<Long> EPOCH_SETTING_ID = integer("epoch_setting_id");
    static final Field<String> PROTOCOL_PARAMETERS = text("protocol_parameters");
    static final Field<String> CTX_SIGNING_CONFIG = text("cardano_transactions_signing_config");
    static final Field<String> CBTX_SIGNING_CONFIG = text("cardano_blocks_transactions_signing_config");

    private final SqliteDatabase database;

    // Not public: DS must only see the @Activate constructor (same parameter count).
    JooqEpochSettingRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Activate
    public JooqEpochSettingRepository(@Reference StoreDatabases databases) {
        this(databases.aggregator());
    }

    @Override
    public boolean insertIfAbsent(EpochSettingRecord s) {
        return database.write(dsl -> dsl.insertInto(EPOCH_SETTING)
                .columns(EPOCH_SETTING_ID, PROTOCOL_PARAMETERS, CTX_SIGNING_CONFIG, CBTX_SIGNING_CONFIG)
                .values(s.epoch(), s.protocolParameters(), s.cardanoTransactionsSigningConfig(),
                        s.cardanoBlocksTransactionsSigningConfig())
                .onDuplicateKeyIgnore().execute()) == 1;
    }

    @Override
    public Optional<EpochSettingRecord> byEpoch(long epoch) {
        return database.read(dsl -> dsl
                .select(EPOCH_SETTING_ID, PROTOCOL_PARAMETERS, CTX_SIGNING_CONFIG, CBTX_SIGNING_CONFIG)
                .from(EPOCH_SETTING).where(EPOCH_SETTING_ID.eq(epoch))
                .fetchOptional(r -> new EpochSettingRecord(r.value1(), r.value2(), r.value3(), r.value4())));
    }
}
