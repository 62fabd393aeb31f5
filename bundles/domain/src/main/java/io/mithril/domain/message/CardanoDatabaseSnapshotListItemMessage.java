package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.CardanoDatabaseSnapshot;
import io.mithril.domain.SignedEntity;
import java.time.Instant;

/** An item of {@code GET /artifact/cardano-database}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardanoDatabaseSnapshotListItemMessage(
        @JsonProperty("hash") String hash,
        @JsonProperty("merkle_root") String merkleRoot,
        @JsonProperty("beacon") CardanoDbBeaconMessage beacon,
        @JsonProperty("certificate_hash") String certificateHash,
        @JsonProperty("total_db_size_uncompressed") long totalDbSizeUncompressed,
        @JsonProperty("cardano_node_version") @JsonInclude(JsonInclude.Include.NON_NULL) String cardanoNodeVersion,
        @JsonProperty("created_at") @Rfc3339 Instant createdAt) {

    public static CardanoDatabaseSnapshotListItemMessage from(SignedEntity<CardanoDatabaseSnapshot> entity) {
        CardanoDatabaseSnapshot s = entity.artifact();
        return new CardanoDatabaseSnapshotListItemMessage(s.computeHash(), s.merkleRoot(),
                CardanoDbBeaconMessage.from(s.beacon()), entity.certificateHash(), s.totalDbSizeUncompressed(),
                s.cardanoNodeVersion(), entity.createdAt());
    }
}
