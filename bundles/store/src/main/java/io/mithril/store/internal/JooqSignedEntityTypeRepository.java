package io.mithril.store.internal;

import static io.mithril.store.internal.Sql.smallInteger;
import static io.mithril.store.internal.Sql.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jooq.Field;
import org.jooq.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.store.SignedEntityTypeRepository;
import io.mithril.store.SignedEntityTypes;

/** The <code>signed_entity_type</code> table. */
@Component(service = SignedEntityTypeRepository.class)
public final class JooqSignedEntityTypeRepository implements SignedEntityTypeRepository {
    static final Table<?> SIGNED_ENTITY_TYPE = Sql.table("signed_entity_type");
    static final Field<Integer> ID = smallInteger("signed_entity_type_id");
    static final Field<String> NAME = text("name");

    private final SqliteDatabase database;

    // Not public: DS must only see the @Activate constructor (same parameter count).
    JooqSignedEntityTypeRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Activate
    public JooqSignedEntityTypeRepository(@Reference StoreDatabases databases) {
        this(databases.aggregator());
    }

    @Override
    public void register(int id, String name) {
        database.write(dsl -> dsl.insertInto(SIGNED_ENTITY_TYPE).columns(ID, NAME).values(id, name)
                .onDuplicateKeyIgnore().execute());
    }

    @Override
    public Map<Integer, String> all() {
        return database.read(dsl -> {
            Map<Integer, String> types = new LinkedHashMap<>();
            dsl.select(ID, NAME).from(SIGNED_ENTITY_TYPE).orderBy(ID).forEach(r -> types.put(r.value1(), r.value2()));
            return types;
        });
    }

    @Override
    public Optional<Integer> idOf(String discriminant) {
        Optional<Integer> builtIn = SignedEntityTypes.builtInId(discriminant);
        if (builtIn.isPresent()) {
            return builtIn;
        }
        return database.read(dsl -> dsl.select(ID).from(SIGNED_ENTITY_TYPE).where(NAME.eq(discriminant))
                .fetchOptional(ID));
    }
}
