package io.mithril.store.internal;

import java.time.Clock;

import io.mithril.spi.signedentity.ArtifactRepository;
import io.mithril.store.AggregatorStore;
import io.mithril.store.BufferedSignatureRepository;
import io.mithril.store.CertificateRepository;
import io.mithril.store.EpochSettingRepository;
import io.mithril.store.EventStore;
import io.mithril.store.ImmutableFileDigestRepository;
import io.mithril.store.OpenMessageRepository;
import io.mithril.store.SignedEntityRepository;
import io.mithril.store.SignedEntityTypeRepository;
import io.mithril.store.SignerRegistrationRepository;
import io.mithril.store.SignerRepository;
import io.mithril.store.SingleSignatureRepository;
import io.mithril.store.StakePoolRepository;
import io.mithril.store.StoreMaintenance;
import io.mithril.store.StoreSettings;
import io.mithril.store.StoreTransactions;

/** The repositories of one {@link StoreDatabases}, built by hand instead of by DS. */
public final class DefaultAggregatorStore implements AggregatorStore {
    private final StoreDatabases databases;
    private final JooqSignedEntityRepository signedEntities;

    private DefaultAggregatorStore(StoreDatabases databases) {
        this.databases = databases;
        this.signedEntities = new JooqSignedEntityRepository(databases.aggregator());
    }

    public static AggregatorStore open(StoreSettings settings) {
        return new DefaultAggregatorStore(new StoreDatabases(settings));
    }

    public StoreDatabases databases() {
        return databases;
    }

    @Override
    public CertificateRepository certificates() {
        return new JooqCertificateRepository(databases.aggregator());
    }

    @Override
    public SignedEntityRepository signedEntities() {
        return signedEntities;
    }

    @Override
    public ArtifactRepository artifacts() {
        return signedEntities;
    }

    @Override
    public SignedEntityTypeRepository signedEntityTypes() {
        return new JooqSignedEntityTypeRepository(databases.aggregator());
    }

    @Override
    public EpochSettingRepository epochSettings() {
        return new JooqEpochSettingRepository(databases.aggregator());
    }

    @Override
    public SignerRepository signers() {
        return new JooqSignerRepository(databases.aggregator());
    }

    @Override
    public SignerRegistrationRepository signerRegistrations() {
        return new JooqSignerRegistrationRepository(databases.aggregator());
    }

    @Override
    public StakePoolRepository stakePools() {
        return new JooqStakePoolRepository(databases.aggregator());
    }

    @Override
    public OpenMessageRepository openMessages() {
        return new JooqOpenMessageRepository(databases.aggregator());
    }

    @Override
    public SingleSignatureRepository singleSignatures() {
        return new JooqSingleSignatureRepository(databases.aggregator());
    }

    @Override
    public BufferedSignatureRepository bufferedSignatures() {
        return new JooqBufferedSignatureRepository(databases.aggregator());
    }

    @Override
    public ImmutableFileDigestRepository immutableFileDigests() {
        return new JooqImmutableFileDigestRepository(databases.aggregator());
    }

    @Override
    public EventStore events() {
        return new JooqEventStore(databases.monitoring(), Clock.systemUTC());
    }

    @Override
    public StoreMaintenance maintenance() {
        return new SqliteStoreMaintenance(databases.aggregator(), databases.monitoring(), Clock.systemUTC());
    }

    @Override
    public StoreTransactions transactions() {
        return new SqliteStoreTransactions(databases.aggregator());
    }

    @Override
    public void close() {
        databases.close();
    }
}
