package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.CardanoStakeDistribution;
import io.mithril.domain.Epoch;
import io.mithril.domain.SignedEntity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /artifact/cardano-stake-distribution/{hash}}; pools are written in pool-id order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardanoStakeDistributionMessage(
        @JsonProperty("epoch") long epoch,
        @JsonProperty("hash") String hash,
        @JsonProperty("certificate_hash") String certificateHash,
        @JsonProperty("stake_distribution") Map<String, Long> stakeDistribution,
        @JsonProperty("created_at") @Rfc3339 Instant createdAt) {

    public static CardanoStakeDistributionMessage from(SignedEntity<CardanoStakeDistribution> entity) {
        CardanoStakeDistribution csd = entity.artifact();
        return new CardanoStakeDistributionMessage(csd.epoch().value(), csd.computeHash(), entity.certificateHash(),
                new LinkedHashMap<>(csd.stakeDistribution()), entity.createdAt());
    }

    public CardanoStakeDistribution toArtifact() {
        return CardanoStakeDistribution.of(Epoch.of(epoch), stakeDistribution);
    }
}
