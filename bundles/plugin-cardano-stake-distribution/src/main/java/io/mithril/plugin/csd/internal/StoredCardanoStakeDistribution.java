package io.mithril.plugin.csd.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mithril.domain.CardanoStakeDistribution;
import io.mithril.domain.Epoch;
import io.mithril.domain.message.CardanoStakeDistributionMessage;
import io.mithril.domain.message.MithrilJson;
import io.mithril.spi.signedentity.StoredArtifact;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The artifact as stored in {@code signed_entity.artifact}, in the reference's form (its {@code
 * CardanoStakeDistribution} struct): {@code {"epoch","hash","stake_distribution"}}, pools in pool-id byte order. The
 * detail message adds {@code certificate_hash} and {@code created_at} from the row. See
 * docs/decisions/api-artifact-storage.md.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"epoch", "hash", "stake_distribution"})
record StoredCardanoStakeDistribution(
        @JsonProperty("epoch") long epoch,
        @JsonProperty("hash") String hash,
        @JsonProperty("stake_distribution") Map<String, Long> stakeDistribution) {

    private static final ObjectMapper JSON = MithrilJson.newObjectMapper();

    static StoredCardanoStakeDistribution of(CardanoStakeDistribution artifact) {
        return new StoredCardanoStakeDistribution(artifact.epoch().value(), artifact.computeHash(),
                new LinkedHashMap<>(artifact.stakeDistribution()));
    }

    static StoredCardanoStakeDistribution parse(String json) {
        try {
            return JSON.readValue(json, StoredCardanoStakeDistribution.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored Cardano stake distribution: " + e.getOriginalMessage(),
                    e);
        }
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    CardanoStakeDistribution toArtifact() {
        return CardanoStakeDistribution.of(Epoch.of(epoch), stakeDistribution);
    }

    /** The detail message of a stored row (pools re-sorted in pool-id byte order; the stored hash is served). */
    static CardanoStakeDistributionMessage message(StoredArtifact row) {
        StoredCardanoStakeDistribution stored = parse(row.artifactJson());
        return new CardanoStakeDistributionMessage(stored.epoch(), row.hash(), row.certificateHash(),
                new LinkedHashMap<>(stored.toArtifact().stakeDistribution()), row.createdAt());
    }
}
