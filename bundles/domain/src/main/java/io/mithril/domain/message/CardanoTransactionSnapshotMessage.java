package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.CardanoTransactionsSnapshot;
import io.mithril.domain.Epoch;
import io.mithril.domain.SignedEntity;
import java.time.Instant;

/** {@code GET /artifact/cardano-transaction/{hash}}; the list items have the same shape. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardanoTransactionSnapshotMessage(
        @JsonProperty("merkle_root") String merkleRoot,
        @JsonProperty("epoch") long epoch,
        @JsonProperty("block_number") long blockNumber,
        @JsonProperty("hash") String hash,
        @JsonProperty("certificate_hash") String certificateHash,
        @JsonProperty("created_at") @Rfc3339 Instant createdAt) {

    public static CardanoTransactionSnapshotMessage from(SignedEntity<CardanoTransactionsSnapshot> entity) {
        CardanoTransactionsSnapshot s = entity.artifact();
        return new CardanoTransactionSnapshotMessage(s.merkleRoot(), s.epoch().value(), s.blockNumber(),
                s.computeHash(), entity.certificateHash(), entity.createdAt());
    }

    public CardanoTransactionsSnapshot toArtifact() {
        return new CardanoTransactionsSnapshot(merkleRoot, Epoch.of(epoch), blockNumber);
    }
}
