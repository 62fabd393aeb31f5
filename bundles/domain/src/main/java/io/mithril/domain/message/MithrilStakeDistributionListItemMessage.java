package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.MithrilStakeDistribution;
import io.mithril.domain.SignedEntity;
import java.time.Instant;

/** An item of {@code GET /artifact/mithril-stake-distributions}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MithrilStakeDistributionListItemMessage(
        @JsonProperty("epoch") long epoch,
        @JsonProperty("hash") String hash,
        @JsonProperty("certificate_hash") String certificateHash,
        @JsonProperty("created_at") @Rfc3339 Instant createdAt) {

    public static MithrilStakeDistributionListItemMessage from(SignedEntity<MithrilStakeDistribution> entity) {
        return new MithrilStakeDistributionListItemMessage(entity.artifact().epoch().value(), entity.id(),
                entity.certificateHash(), entity.createdAt());
    }
}
