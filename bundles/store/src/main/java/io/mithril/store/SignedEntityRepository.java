package io.mithril.store;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Signed entities (artifacts; never pruned). The same service also implements the SPI
 * {@link io.mithril.spi.signedentity.ArtifactRepository} for plugins.
 */
@ProviderType
public interface SignedEntityRepository {
    /** Stores an artifact; unique per id and per (type, beacon). */
    void insert(SignedEntityRecord signedEntity);

    /** Newest first. */
    List<SignedEntityRecord> latestOfType(int signedEntityTypeId, int limit);

    Optional<SignedEntityRecord> byTypeAndId(int signedEntityTypeId, String signedEntityId);

    /** Newest first; the epoch is the beacon's (a bare number, or its <code>epoch</code> field). */
    List<SignedEntityRecord> byTypeAndBeaconEpoch(int signedEntityTypeId, long epoch, int limit);

    Optional<SignedEntityRecord> byCertificateHash(String certificateHash);
}
