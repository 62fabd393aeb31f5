package io.mithril.store.internal;

import static io.mithril.store.internal.Sql.text;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.store.SignerRecord;
import io.mithril.store.SignerRepository;

/** The <code>signer</code> table. */
@Component(service = SignerRepository.class)
public final class JooqSignerRepository implements SignerRepository {
    static final Table<?> SIGNER = Sql.table("signer");
    static final Field<String> SIGNER_ID = text("signer_id");
    static final Field<String> POOL_TICKER = text("pool_ticker");
    static final Field<String> CREATED_AT = text("created_at");
    static final Field<String> UPDATED_AT = text("updated_at");
    static final Field<String> LAST_REGISTERED_AT = text("last_registered_at");

    private final SqliteDatabase database;

    // Not public: DS must only see the @Activate constructor (same parameter count).
    JooqSignerRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Activate
    public JooqSignerRepository(@Reference StoreDatabases databases) {
        this(databases.aggregator());
    }

    @Override
    public void markRegistered(String signerId, Instant at) {
        String now = Timestamps.format(at);
        database.write(dsl -> dsl.insertInto(SIGNER)
                .columns(SIGNER_ID, CREATED_AT, UPDATED_AT, LAST_REGISTERED_AT).values(signerId, now, now, now)
                .onConflict(SIGNER_ID).doUpdate().set(UPDATED_AT, now).set(LAST_REGISTERED_AT, now).execute());
    }

    @Override
    public void importTickers(Map<String, String> tickerBySignerId, Instant at) {
        String now = Timestamps.format(at);
        database.write(dsl -> {
            tickerBySignerId.forEach((signerId, ticker) -> dsl.insertInto(SIGNER)
                    .columns(SIGNER_ID, POOL_TICKER, CREATED_AT, UPDATED_AT).values(signerId, ticker, now, now)
                    .onConflict(SIGNER_ID).doUpdate().set(POOL_TICKER, ticker).set(UPDATED_AT, now).execute());
            return null;
        });
    }

    @Override
    public Optional<SignerRecord> byId(String signerId) {
        return database.read(dsl -> dsl.select(SIGNER_ID, POOL_TICKER, CREATED_AT, UPDATED_AT, LAST_REGISTERED_AT)
                .from(SIGNER).where(SIGNER_ID.eq(signerId)).fetchOptional(JooqSignerRepository::toRecord));
    }

    @Override
    public List<SignerRecord> all() {
        return database.read(dsl -> dsl.select(SIGNER_ID, POOL_TICKER, CREATED_AT, UPDATED_AT, LAST_REGISTERED_AT)
                .from(SIGNER).orderBy(SIGNER_ID).fetch(JooqSignerRepository::toRecord));
    }

    private static SignerRecord toRecord(Record5<String, String, String, String, String> r) {
        return new SignerRecord(r.value1(), r.value2(), Timestamps.parse(r.value3()), Timestamps.parse(r.value4()),
                Timestamps.parse(r.value5()));
    }
}
