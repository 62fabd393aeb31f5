package io.mithril.store.internal;

import static io.mithril.store.internal.Sql.integer;
import static io.mithril.store.internal.Sql.text;

import java.util.List;
import java.util.Optional;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.store.SignerRegistrationRecord;
import io.mithril.store.SignerRegistrationRepository;

/** <code>signer_registration</code>, keyed by (epoch_setting_id, signer_id). */
@Component(service = SignerRegistrationRepository.class)
public final class JooqSignerRegistrationRepository implements SignerRegistrationRepository {
    static final Table<?> SIGNER_REGISTRATION = Sql.table("signer_registration");
    static final Field<String> SIGNER_ID = text("signer_id");
    static final Field<Long> EPOCH_SETTING_ID = integer("epoch_setting_id");
    static final Field<String> VERIFICATION_KEY = text("verification_key");
    static final Field<String> VERIFICATION_KEY_SIGNATURE = text("verification_key_signature");
    static final Field<String> OPERATIONAL_CERTIFICATE = text("operational_certificate");
    static final Field<Long> KES_PERIOD = integer("kes_period");
    static final Field<Long> STAKE = integer("stake");
    static final Field<String> CREATED_AT = text("created_at");
    static final Field<String> VERIFICATION_KEY_FOR_SNARK = text("verification_key_for_snark");
    static final Field<String> VERIFICATION_KEY_SIGNATURE_FOR_SNARK = text("verification_key_signature_for_snark");

    private static final List<Field<?>> COLUMNS = List.of(SIGNER_ID, EPOCH_SETTING_ID, VERIFICATION_KEY,
            VERIFICATION_KEY_SIGNATURE, OPERATIONAL_CERTIFICATE, KES_PERIOD, STAKE, CREATED_AT,
            VERIFICATION_KEY_FOR_SNARK, VERIFICATION_KEY_SIGNATURE_FOR_SNARK);

    private final SqliteDatabase database;

    // Not public: DS must only see the @Activate constructor (same parameter count).
    JooqSignerRegistrationRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Activate
    public JooqSignerRegistrationRepository(@Reference StoreDatabases databases) {
        this(databases.aggregator());
    }

    @Override
    public void save(SignerRegistrationRecord s) {
        database.write(dsl -> dsl.insertInto(SIGNER_REGISTRATION).columns(COLUMNS)
                .values(s.signerId(), s.epoch(), s.verificationKey(), s.verificationKeySignature(),
                        s.operationalCertificate(), s.kesPeriod(), s.stake(), Timestamps.format(s.createdAt()),
                        s.verificationKeyForSnark(), s.verificationKeySignatureForSnark())
                .onConflict(EPOCH_SETTING_ID, SIGNER_ID).doUpdate()
                .set(VERIFICATION_KEY, s.verificationKey())
                .set(VERIFICATION_KEY_SIGNATURE, s.verificationKeySignature())
                .set(OPERATIONAL_CERTIFICATE, s.operationalCertificate())
                .set(KES_PERIOD, s.kesPeriod())
                .set(STAKE, s.stake())
                .set(CREATED_AT, Timestamps.format(s.createdAt()))
                .set(VERIFICATION_KEY_FOR_SNARK, s.verificationKeyForSnark())
                .set(VERIFICATION_KEY_SIGNATURE_FOR_SNARK, s.verificationKeySignatureForSnark())
                .execute());
    }

    @Override
    public List<SignerRegistrationRecord> byEpoch(long epoch) {
        return database.read(dsl -> dsl.select(COLUMNS).from(SIGNER_REGISTRATION)
                .where(EPOCH_SETTING_ID.eq(epoch)).orderBy(SIGNER_ID)
                .fetch(JooqSignerRegistrationRepository::toRecord));
    }

    @Override
    public Optional<SignerRegistrationRecord> byEpochAndSigner(long epoch, String signerId) {
        return database.read(dsl -> dsl.select(COLUMNS).from(SIGNER_REGISTRATION)
                .where(EPOCH_SETTING_ID.eq(epoch)).and(SIGNER_ID.eq(signerId))
                .fetchOptional(JooqSignerRegistrationRepository::toRecord));
    }

    private static SignerRegistrationRecord toRecord(Record r) {
        return new SignerRegistrationRecord(r.get(0, String.class), r.get(1, Long.class), r.get(2, String.class),
                r.get(3, String.class), r.get(4, String.class), r.get(5, Long.class), r.get(6, Long.class),
                Timestamps.parse(r.get(7, String.class)), r.get(8, String.class), r.get(9, String.class));
    }
}
