package io.mithril.store.internal;

import static io.mithril.store.internal.Sql.integer;
import static io.mithril.store.internal.Sql.smallInteger;
import static io.mithril.store.internal.Sql.text;

import java.util.List;
import java.util.Optional;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.spi.signedentity.ArtifactRepository;
import io.mithril.spi.signedentity.StoredArtifact;
import io.mithril.store.SignedEntityRecord;
import io.mithril.store.SignedEntityRepository;
import io.mithril.store.SignedEntityTypeRepository;

/** Artifacts in <code>signed_entity</code>, for the core (records) and for plugins (the SPI's discriminants). */
@Component(service = { SignedEntityRepository.class, ArtifactRepository.class })
public final class JooqSignedEntityRepository implements SignedEntityRepository, ArtifactRepository {
    static final Table<?> SIGNED_ENTITY = Sql.table("signed_entity");
    static final Field<String> SIGNED_ENTITY_ID = text("signed_entity_id");
    static final Field<Integer> SIGNED_ENTITY_TYPE_ID = smallInteger("signed_entity_type_id");
    static final Field<String> CERTIFICATE_ID = text("certificate_id");
    static final Field<String> BEACON = text("beacon");
    static final Field<String> CREATED_AT = text("created_at");
    static final Field<String> ARTIFACT = text("artifact");
    /** The virtual column <code>coalesce(beacon.epoch, beacon)</code>. */
    static final Field<Long> EPOCH = integer("epoch");

    private static final List<Field<?>> COLUMNS = List.of(SIGNED_ENTITY_ID, SIGNED_ENTITY_TYPE_ID, CERTIFICATE_ID,
            BEACON, CREATED_AT, ARTIFACT);

    private final SqliteDatabase database;
    private final SignedEntityTypeRepository types;

    // Not public: DS must only see the @Activate constructor (same parameter count).
    JooqSignedEntityRepository(SqliteDatabase database) {
        this.database = database;
        this.types = new JooqSignedEntityTypeRepository(database);
    }

    @Activate
    public JooqSignedEntityRepository(@Reference StoreDatabases databases) {
        this(databases.aggregator());
    }

    @Override
    public void insert(SignedEntityRecord s) {
        database.write(dsl -> dsl.insertInto(SIGNED_ENTITY).columns(COLUMNS)
                .values(s.signedEntityId(), s.signedEntityTypeId(), s.certificateId(), s.beacon(),
                        Timestamps.format(s.createdAt()), s.artifact())
                .execute());
    }

    @Override
    public List<SignedEntityRecord> latestOfType(int signedEntityTypeId, int limit) {
        return database.read(dsl -> dsl.select(COLUMNS).from(SIGNED_ENTITY)
                .where(SIGNED_ENTITY_TYPE_ID.eq(signedEntityTypeId)).orderBy(Sql.ROWID.desc()).limit(limit)
                .fetch(JooqSignedEntityRepository::toRecord));
    }

    @Override
    public Optional<SignedEntityRecord> byTypeAndId(int signedEntityTypeId, String signedEntityId) {
        return database.read(dsl -> dsl.select(COLUMNS).from(SIGNED_ENTITY)
                .where(SIGNED_ENTITY_ID.eq(signedEntityId)).and(SIGNED_ENTITY_TYPE_ID.eq(signedEntityTypeId))
                .fetchOptional(JooqSignedEntityRepository::toRecord));
    }

    @Override
    public List<SignedEntityRecord> byTypeAndBeaconEpoch(int signedEntityTypeId, long epoch, int limit) {
        return database.read(dsl -> dsl.select(COLUMNS).from(SIGNED_ENTITY)
                .where(SIGNED_ENTITY_TYPE_ID.eq(signedEntityTypeId)).and(EPOCH.eq(epoch))
                .orderBy(Sql.ROWID.desc()).limit(limit).fetch(JooqSignedEntityRepository::toRecord));
    }

    @Override
    public Optional<SignedEntityRecord> byCertificateHash(String certificateHash) {
        return database.read(dsl -> dsl.select(COLUMNS).from(SIGNED_ENTITY)
                .where(CERTIFICATE_ID.eq(certificateHash)).orderBy(Sql.ROWID.desc()).limit(1)
                .fetchOptional(JooqSignedEntityRepository::toRecord));
    }

    // --- the SPI view, by discriminant ---

    @Override
    public List<StoredArtifact> latest(String discriminant, int limit) {
        return types.idOf(discriminant)
                .map(id -> latestOfType(id, limit).stream().map(s -> toArtifact(discriminant, s)).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<StoredArtifact> byHash(String discriminant, String hash) {
        return types.idOf(discriminant).flatMap(id -> byTypeAndId(id, hash)).map(s -> toArtifact(discriminant, s));
    }

    @Override
    public List<StoredArtifact> byBeaconEpoch(String discriminant, long epoch, int limit) {
        return types.idOf(discriminant)
                .map(id -> byTypeAndBeaconEpoch(id, epoch, limit).stream().map(s -> toArtifact(discriminant, s))
                        .toList())
                .orElse(List.of());
    }

    private static StoredArtifact toArtifact(String discriminant, SignedEntityRecord s) {
        return new StoredArtifact(discriminant, s.signedEntityId(), s.certificateId(), s.beacon(), s.artifact(),
                s.createdAt());
    }

    static SignedEntityRecord toRecord(Record r) {
        return new SignedEntityRecord(r.get(0, String.class), r.get(1, Integer.class), r.get(2, String.class),
                r.get(3, String.class), r.get(5, String.class), Timestamps.parse(r.get(4, String.class)));
    }
}
