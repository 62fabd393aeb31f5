package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.CardanoDatabaseSnapshot;
import io.mithril.domain.SignedEntity;
import java.time.Instant;
import java.util.List;

/** {@code GET /artifact/cardano-database/{hash}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardanoDatabaseSnapshotMessage(
        @JsonProperty("hash") String hash,
        @JsonProperty("merkle_root") String merkleRoot,
        @JsonProperty("network") String network,
        @JsonProperty("beacon") CardanoDbBeaconMessage beacon,
        @JsonProperty("certificate_hash") String certificateHash,
        @JsonProperty("total_db_size_uncompressed") long totalDbSizeUncompressed,
        @JsonProperty("digests") Digests digests,
        @JsonProperty("immutables") Immutables immutables,
        @JsonProperty("ancillary") Ancillary ancillary,
        @JsonProperty("cardano_node_version") @JsonInclude(JsonInclude.Include.NON_NULL) String cardanoNodeVersion,
        @JsonProperty("created_at") @Rfc3339 Instant createdAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Digests(@JsonProperty("size_uncompressed") long sizeUncompressed,
                          @JsonProperty("locations") List<ArtifactLocationMessage> locations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Immutables(@JsonProperty("average_size_uncompressed") long averageSizeUncompressed,
                             @JsonProperty("locations") List<ImmutablesLocationMessage> locations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ancillary(@JsonProperty("size_uncompressed") long sizeUncompressed,
                            @JsonProperty("locations") List<ArtifactLocationMessage> locations) {
    }

    public static CardanoDatabaseSnapshotMessage from(SignedEntity<CardanoDatabaseSnapshot> entity) {
        CardanoDatabaseSnapshot s = entity.artifact();
        return new CardanoDatabaseSnapshotMessage(s.computeHash(), s.merkleRoot(), s.network(),
                CardanoDbBeaconMessage.from(s.beacon()), entity.certificateHash(), s.totalDbSizeUncompressed(),
                new Digests(s.digests().sizeUncompressed(),
                        s.digests().locations().stream().map(ArtifactLocationMessage::from).toList()),
                new Immutables(s.immutables().averageSizeUncompressed(),
                        s.immutables().locations().stream().map(ImmutablesLocationMessage::from).toList()),
                new Ancillary(s.ancillary().sizeUncompressed(),
                        s.ancillary().locations().stream().map(ArtifactLocationMessage::from).toList()),
                s.cardanoNodeVersion(), entity.createdAt());
    }

    public CardanoDatabaseSnapshot toArtifact() {
        return new CardanoDatabaseSnapshot(merkleRoot, network, beacon.toDomain(), totalDbSizeUncompressed,
                new CardanoDatabaseSnapshot.Digests(digests.sizeUncompressed(),
                        digests.locations().stream().map(ArtifactLocationMessage::toDomain).toList()),
                new CardanoDatabaseSnapshot.Immutables(immutables.averageSizeUncompressed(),
                        immutables.locations().stream().map(ImmutablesLocationMessage::toDomain).toList()),
                new CardanoDatabaseSnapshot.Ancillary(ancillary.sizeUncompressed(),
                        ancillary.locations().stream().map(ArtifactLocationMessage::toDomain).toList()),
                cardanoNodeVersion);
    }
}
