package io.mithril.store.internal;

import static io.mithril.store.internal.Sql.integer;
import static io.mithril.store.internal.Sql.text;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jooq.Field;
import org.jooq.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.store.StakePoolRepository;

/** <code>stake_pool</code>: one row per (epoch, pool). */
@Component(service = StakePoolRepository.class)
public final class JooqStakePoolRepository implements StakePoolRepository {
    static final Table<?> STAKE_POOL = Sql.table("stake_pool");
    static final Field<String> STAKE_POOL_ID = text("stake_pool_id");
    static final Field<Long> EPOCH = integer("epoch");
    static final Field<Long> STAKE = integer("stake");
    static final Field<String> CREATED_AT = text("created_at");

    private final SqliteDatabase database;

    // Not public: DS must only see the @Activate constructor (same parameter count).
    JooqStakePoolRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Activate
    public JooqStakePoolRepository(@Reference StoreDatabases databases) {
        this(databases.aggregator());
    }

    @Override
    public void save(long epoch, Map<String, Long> stakeByPoolId, Instant at) {
        String now = Timestamps.format(at);
        // One transaction: thousands of single-row inserts are fast in SQLite when not committed one by one.
        database.write(dsl -> {
            stakeByPoolId.forEach((pool, stake) -> dsl.insertInto(STAKE_POOL)
                    .columns(STAKE_POOL_ID, EPOCH, STAKE, CREATED_AT).values(pool, epoch, stake, now)
                    .onConflict(EPOCH, STAKE_POOL_ID).doUpdate().set(STAKE, stake).set(CREATED_AT, now).execute());
            return null;
        });
    }

    @Override
    public Map<String, Long> byEpoch(long epoch) {
        return database.read(dsl -> {
            Map<String, Long> stakes = new LinkedHashMap<>();
            dsl.select(STAKE_POOL_ID, STAKE).from(STAKE_POOL).where(EPOCH.eq(epoch)).orderBy(STAKE_POOL_ID)
                    .forEach(r -> stakes.put(r.value1(), r.value2()));
            return stakes;
        });
    }

    @Override
    public boolean hasEpoch(long epoch) {
        return database.read(dsl -> dsl.fetchExists(STAKE_POOL, EPOCH.eq(epoch)));
    }
}
