package io.mithril.spi.signedentity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import io.mithril.spi.chain.TimePoint;

/**
 * One kind of certified data. Register an implementation as an OSGi service; it is enabled when its
 * {@link #discriminant()} is listed in <code>SIGNED_ENTITY_TYPES</code> (MithrilStakeDistribution is always enabled).
 * A plugin bundle usually also registers its REST resources (services with <code>osgi.jakartars.resource=true</code>)
 * that read artifacts through {@link ArtifactRepository}.
 *
 * <p>For each epoch the runtime asks every enabled plugin, in {@link #order()}, for the beacon to sign now, opens a
 * message with the parts the plugin computes (plus the three parts every message carries:
 * <code>next_aggregate_verification_key</code>, <code>next_protocol_parameters</code>, <code>current_epoch</code>),
 * and once a certificate is produced asks the plugin to build the artifact, retrying on failure.
 */
@ConsumerType
public interface SignedEntityPlugin {
    /** The signed entity type's name as it appears in JSON, e.g. <code>MithrilStakeDistribution</code>. */
    String discriminant();

    /**
     * Processing order and database id (certificates.md §4: MSD 0, CSD 1, CardanoTransactions 3, CardanoDatabase
     * 4, CardanoBlocksTransactions 5). Third-party plugins use ids from 1000 up.
     */
    int order();

    /** How long an open message of this type may wait for a quorum before it expires. */
    default Duration openMessageTimeout() {
        return Duration.ofMinutes(10);
    }

    /** The beacon to sign at this time point, or empty when there is nothing (new) to sign yet. */
    Optional<Beacon> beaconAt(TimePoint timePoint, EpochContext epoch) throws Exception;

    /** Restores a beacon from its {@link Beacon#storageJson()}. */
    Beacon parseBeacon(String storageJson);

    /** The type-specific protocol-message parts for a beacon (certificates.md §3.3), key to value. */
    Map<String, String> messageParts(Beacon beacon, EpochContext epoch) throws Exception;

    /** Builds the artifact once a certificate exists. May be long-running; the runtime retries on failure. */
    Artifact buildArtifact(Beacon beacon, CertificateInfo certificate, EpochContext epoch) throws Exception;

    /** Entries this plugin adds to the <code>capabilities</code> object of <code>GET /aggregator/</code>. */
    default Map<String, Object> capabilities() {
        return Map.of();
    }

    /** Background work this plugin needs (importers). */
    default List<BackgroundTask> backgroundTasks() {
        return List.of();
    }
}
