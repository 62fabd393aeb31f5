package io.mithril.spi.signedentity;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Read access to stored artifacts, provided by the aggregator core for the plugins' REST routes. */
@ProviderType
public interface ArtifactRepository {
    /** The most recent artifacts of a type, newest first. */
    List<StoredArtifact> latest(String discriminant, int limit);

    Optional<StoredArtifact> byHash(String discriminant, String hash);

    /** Artifacts of a type whose beacon epoch is the given epoch, newest first. */
    List<StoredArtifact> byBeaconEpoch(String discriminant, long epoch, int limit);
}
