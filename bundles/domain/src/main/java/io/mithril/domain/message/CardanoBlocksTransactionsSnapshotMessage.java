package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.CardanoBlocksTransactionsSnapshot;
import io.mithril.domain.Epoch;
import io.mithril.domain.SignedEntity;
import java.time.Instant;

/** {@code GET /artifact/cardano-blocks-transactions/{hash}}; the list items have the same shape. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardanoBlocksTransactionsSnapshotMessage(
        @JsonProperty("merkle_root") String merkleRoot,
        @JsonProperty("epoch") long epoch,
        @JsonProperty("block_number_signed") long blockNumberSigned,
        @JsonProperty("block_number_tip") long blockNumberTip,
        @JsonProperty("hash") String hash,
        @JsonProperty("certificate_hash") String certificateHash,
        @JsonProperty("created_at") @Rfc3339 Instant createdAt) {

    public static CardanoBlocksTransactionsSnapshotMessage from(
            SignedEntity<CardanoBlocksTransactionsSnapshot> entity) {
        CardanoBlocksTransactionsSnapshot s = entity.artifact();
        return new CardanoBlocksTransactionsSnapshotMessage(s.merkleRoot(), s.epoch().value(),
                s.blockNumberSigned(), s.blockNumberTip(), s.computeHash(), entity.certificateHash(),
                entity.createdAt());
    }

    public CardanoBlocksTransactionsSnapshot toArtifact() {
        return new CardanoBlocksTransactionsSnapshot(merkleRoot, Epoch.of(epoch), blockNumberSigned, blockNumberTip);
    }
}
