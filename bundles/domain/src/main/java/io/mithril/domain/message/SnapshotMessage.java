package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.SignedEntity;
import io.mithril.domain.Snapshot;
import java.time.Instant;
import java.util.List;

/**
 * The legacy full-snapshot message ({@code GET /artifact/snapshot/{digest}}, removed from the reference with
 * {@code CardanoImmutableFilesFull}); kept to read historical data. No fixture of it exists in the devnet data: the
 * field list follows the reference source (certificates.md §10).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SnapshotMessage(
        @JsonProperty("digest") String digest,
        @JsonProperty("network") String network,
        @JsonProperty("beacon") CardanoDbBeaconMessage beacon,
        @JsonProperty("certificate_hash") String certificateHash,
        @JsonProperty("size") long size,
        @JsonProperty("ancillary_size") @JsonInclude(JsonInclude.Include.NON_NULL) Long ancillarySize,
        @JsonProperty("created_at") @Rfc3339 Instant createdAt,
        @JsonProperty("locations") List<String> locations,
        @JsonProperty("ancillary_locations") @JsonInclude(JsonInclude.Include.NON_NULL)
        List<String> ancillaryLocations,
        @JsonProperty("compression_algorithm") String compressionAlgorithm,
        @JsonProperty("cardano_node_version") String cardanoNodeVersion) {

    public static SnapshotMessage from(SignedEntity<Snapshot> entity) {
        Snapshot s = entity.artifact();
        return new SnapshotMessage(s.digest(), s.network(), CardanoDbBeaconMessage.from(s.beacon()),
                entity.certificateHash(), s.size(), s.ancillarySize(), entity.createdAt(), s.locations(),
                s.ancillaryLocations(), s.compressionAlgorithm(), s.cardanoNodeVersion());
    }

    public Snapshot toArtifact() {
        return new Snapshot(digest, network, beacon.toDomain(), size, ancillarySize,
                locations == null ? List.of() : locations, ancillaryLocations, compressionAlgorithm,
                cardanoNodeVersion);
    }
}
