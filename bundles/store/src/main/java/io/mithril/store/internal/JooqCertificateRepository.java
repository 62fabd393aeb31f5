package io.mithril.store.internal;

import static io.mithril.store.internal.Sql.integer;
import static io.mithril.store.internal.Sql.smallInteger;
import static io.mithril.store.internal.Sql.text;

import java.util.List;
import java.util.Optional;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.store.CertificateRecord;
import io.mithril.store.CertificateRepository;

/** Certificates in <code>certificate</code>; "latest" is ROWID order, as in the reference. */
@Component(service = CertificateRepository.class)
public final class JooqCertificateRepository implements CertificateRepository {
    static final Table<?> CERTIFICATE = Sql.table("certificate");
    static final Field<String> CERTIFICATE_ID = text("certificate_id");
    static final Field<String> PARENT_CERTIFICATE_ID = text("parent_certificate_id");
    static final Field<String> MESSAGE = text("message");
    static final Field<String> SIGNATURE = text("signature");
    static final Field<String> AGGREGATE_VERIFICATION_KEY = text("aggregate_verification_key");
    static final Field<Long> EPOCH = integer("epoch");
    static final Field<String> NETWORK = text("network");
    static final Field<Integer> SIGNED_ENTITY_TYPE_ID = smallInteger("signed_entity_type_id");
    static final Field<String> SIGNED_ENTITY_BEACON = text("signed_entity_beacon");
    static final Field<String> PROTOCOL_VERSION = text("protocol_version");
    static final Field<String> PROTOCOL_PARAMETERS = text("protocol_parameters");
    static final Field<String> PROTOCOL_MESSAGE = text("protocol_message");
    static final Field<String> SIGNERS = text("signers");
    static final Field<String> INITIATED_AT = text("initiated_at");
    static final Field<String> SEALED_AT = text("sealed_at");
    static final Field<String> AGGREGATE_VERIFICATION_KEY_SNARK = text("aggregate_verification_key_snark");
    static final Field<String> ANCILLARY_PROVER_DATA = text("ancillary_prover_data");
    static final Field<String> ANCILLARY_VERIFIER_DATA = text("ancillary_verifier_data");

    private static final List<Field<?>> COLUMNS = List.of(CERTIFICATE_ID, PARENT_CERTIFICATE_ID, MESSAGE, SIGNATURE,
            AGGREGATE_VERIFICATION_KEY, EPOCH, NETWORK, SIGNED_ENTITY_TYPE_ID, SIGNED_ENTITY_BEACON, PROTOCOL_VERSION,
            PROTOCOL_PARAMETERS, PROTOCOL_MESSAGE, SIGNERS, INITIATED_AT, SEALED_AT,
            AGGREGATE_VERIFICATION_KEY_SNARK, ANCILLARY_PROVER_DATA, ANCILLARY_VERIFIER_DATA);

    private final SqliteDatabase database;

    // Not public: DS must only see the @Activate constructor (same parameter count).
    JooqCertificateRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Activate
    public JooqCertificateRepository(@Reference StoreDatabases databases) {
        this(databases.aggregator());
    }

    @Override
    public void insert(CertificateRecord c) {
        database.write(dsl -> dsl.insertInto(CERTIFICATE).columns(COLUMNS)
                .values(c.certificateId(), c.parentCertificateId(), c.message(), c.signature(),
                        c.aggregateVerificationKey(), c.epoch(), c.network(), c.signedEntityTypeId(),
                        c.signedEntityBeacon(), c.protocolVersion(), c.protocolParameters(), c.protocolMessage(),
                        c.signers(), Timestamps.format(c.initiatedAt()), Timestamps.format(c.sealedAt()),
                        c.aggregateVerificationKeySnark(), c.ancillaryProverData(), c.ancillaryVerifierData())
                .execute());
    }

    @Override
    public void insertOrReplace(CertificateRecord c) {
        // jOOQ's SQLite upsert updates in place (same ROWID); the reference's REPLACE moves the row to the end.
        String columns = String.join(", ", COLUMNS.stream().map(Field::getName).toList());
        String placeholders = String.join(", ", COLUMNS.stream().map(f -> "?").toList());
        database.write(dsl -> dsl.execute("insert or replace into certificate (" + columns + ") values ("
                + placeholders + ")", c.certificateId(), c.parentCertificateId(), c.message(), c.signature(),
                c.aggregateVerificationKey(), c.epoch(), c.network(), c.signedEntityTypeId(), c.signedEntityBeacon(),
                c.protocolVersion(), c.protocolParameters(), c.protocolMessage(), c.signers(),
                Timestamps.format(c.initiatedAt()), Timestamps.format(c.sealedAt()),
                c.aggregateVerificationKeySnark(), c.ancillaryProverData(), c.ancillaryVerifierData()));
    }

    @Override
    public Optional<CertificateRecord> byHash(String certificateHash) {
        return database.read(dsl -> dsl.select(COLUMNS).from(CERTIFICATE).where(CERTIFICATE_ID.eq(certificateHash))
                .fetchOptional(JooqCertificateRepository::toRecord));
    }

    @Override
    public List<CertificateRecord> latest(int limit) {
        return database.read(dsl -> dsl.select(COLUMNS).from(CERTIFICATE).orderBy(Sql.ROWID.desc()).limit(limit)
                .fetch(JooqCertificateRepository::toRecord));
    }

    @Override
    public Optional<CertificateRecord> latestGenesis() {
        return database.read(dsl -> dsl.select(COLUMNS).from(CERTIFICATE).where(PARENT_CERTIFICATE_ID.isNull())
                .orderBy(Sql.ROWID.desc()).limit(1).fetchOptional(JooqCertificateRepository::toRecord));
    }

    @Override
    public Optional<CertificateRecord> masterCertificateOf(long epoch) {
        Table<?> child = CERTIFICATE.as("child");
        Table<?> parent = CERTIFICATE.as("parent");
        List<Field<?>> childColumns = COLUMNS.stream().<Field<?>>map(f -> Sql.of("child", f)).toList();
        return database.read(dsl -> dsl.select(childColumns).from(child)
                .leftJoin(parent).on(Sql.of("child", PARENT_CERTIFICATE_ID).eq(Sql.of("parent", CERTIFICATE_ID)))
                .where(Sql.of("child", EPOCH).between(epoch - 1, epoch))
                .and(Sql.of("child", PARENT_CERTIFICATE_ID).isNull()
                        .or(Sql.of("parent", EPOCH).ne(Sql.of("child", EPOCH))))
                .orderBy(DSL.field(DSL.name("child", "rowid")).desc()).limit(1)
                .fetchOptional(JooqCertificateRepository::toRecord));
    }

    @Override
    public Optional<CertificateRecord> parentOf(String certificateHash) {
        return database.read(dsl -> dsl.select(COLUMNS).from(CERTIFICATE)
                .where(CERTIFICATE_ID.eq(dsl.select(PARENT_CERTIFICATE_ID).from(CERTIFICATE)
                        .where(CERTIFICATE_ID.eq(certificateHash))))
                .fetchOptional(JooqCertificateRepository::toRecord));
    }

    @Override
    public long count() {
        return database.read(dsl -> (long) dsl.fetchCount(CERTIFICATE));
    }

    static CertificateRecord toRecord(Record r) {
        return new CertificateRecord(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                r.get(3, String.class), r.get(4, String.class), r.get(5, Long.class), r.get(6, String.class),
                r.get(7, Integer.class), r.get(8, String.class), r.get(9, String.class), r.get(10, String.class),
                r.get(11, String.class), r.get(12, String.class), Timestamps.parse(r.get(13, String.class)),
                Timestamps.parse(r.get(14, String.class)), r.get(15, String.class), r.get(16, String.class),
                r.get(17, String.class));
    }
}
