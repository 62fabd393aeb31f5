package io.mithril.store.internal;

import static io.mithril.store.internal.Sql.text;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.Field;
import org.jooq.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.store.ImmutableFileDigestRecord;
import io.mithril.store.ImmutableFileDigestRepository;

/** <code>immutable_file_digest</code>, the digest cache. */
@Component(service = ImmutableFileDigestRepository.class)
public final class JooqImmutableFileDigestRepository implements ImmutableFileDigestRepository {
    static final Table<?> DIGEST = Sql.table("immutable_file_digest");
    static final Field<String> IMMUTABLE_FILE_NAME = text("immutable_file_name");
    static final Field<String> DIGEST_VALUE = text("digest");

    private final SqliteDatabase database;

    // Not public: DS must only see the @Activate constructor (same parameter count).
    JooqImmutableFileDigestRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Activate
    public JooqImmutableFileDigestRepository(@Reference StoreDatabases databases) {
        this(databases.aggregator());
    }

    @Override
    public void save(Collection<ImmutableFileDigestRecord> digests) {
        database.write(dsl -> {
            for (ImmutableFileDigestRecord d : digests) {
                dsl.insertInto(DIGEST).columns(IMMUTABLE_FILE_NAME, DIGEST_VALUE)
                        .values(d.immutableFileName(), d.digest())
                        .onConflict(IMMUTABLE_FILE_NAME).doUpdate().set(DIGEST_VALUE, d.digest()).execute();
            }
            return null;
        });
    }

    @Override
    public Optional<ImmutableFileDigestRecord> byName(String immutableFileName) {
        return database.read(dsl -> dsl.select(IMMUTABLE_FILE_NAME, DIGEST_VALUE).from(DIGEST)
                .where(IMMUTABLE_FILE_NAME.eq(immutableFileName))
                .fetchOptional(r -> new ImmutableFileDigestRecord(r.value1(), r.value2())));
    }

    @Override
    public List<ImmutableFileDigestRecord> all() {
        return database.read(dsl -> dsl.select(IMMUTABLE_FILE_NAME, DIGEST_VALUE).from(DIGEST)
                .orderBy(IMMUTABLE_FILE_NAME).fetch(r -> new ImmutableFileDigestRecord(r.value1(), r.value2())));
    }

    @Override
    public int deleteAll() {
        return database.write(dsl -> dsl.deleteFrom(DIGEST).execute());
    }
}
