package io.mithril.store;

import org.osgi.annotation.versioning.ProviderType;

import io.mithril.spi.signedentity.ArtifactRepository;

/**
 * Every repository over one opened store, for code running off-OSGi (tests, tools). Inside the framework the same
 * objects are separate services. Closing it closes the databases.
 */
@ProviderType
public interface AggregatorStore extends AutoCloseable {
    CertificateRepository certificates();

    SignedEntityRepository signedEntities();

    /** The SPI view of {@link #signedEntities()}. */
    ArtifactRepository artifacts();

    SignedEntityTypeRepository signedEntityTypes();

    EpochSettingRepository epochSettings();

    SignerRepository signers();

    SignerRegistrationRepository signerRegistrations();

    StakePoolRepository stakePools();

    OpenMessageRepository openMessages();

    SingleSignatureRepository singleSignatures();

    BufferedSignatureRepository bufferedSignatures();

    ImmutableFileDigestRepository immutableFileDigests();

    EventStore events();

    StoreMaintenance maintenance();

    StoreTransactions transactions();

    @Override
    void close();
}
