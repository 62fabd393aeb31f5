package io.mithril.plugin.msd.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mithril.domain.Epoch;
import io.mithril.domain.MithrilStakeDistribution;
import io.mithril.domain.message.MithrilJson;
import io.mithril.domain.message.MithrilStakeDistributionMessage;
import io.mithril.domain.message.ProtocolParametersMessage;
import io.mithril.domain.message.SignerWithStakeMessage;
import io.mithril.spi.signedentity.StoredArtifact;
import java.util.List;

/**
 * The artifact as stored in {@code signed_entity.artifact}, in the reference's form (its {@code
 * MithrilStakeDistribution} struct): {@code {"epoch","signers_with_stake","hash","protocol_parameters"}}. The detail
 * message renames {@code signers_with_stake} to {@code signers} and adds {@code certificate_hash} and
 * {@code created_at} from the row. See docs/decisions/api-artifact-storage.md.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"epoch", "signers_with_stake", "hash", "protocol_parameters"})
record StoredMithrilStakeDistribution(
        @JsonProperty("epoch") long epoch,
        @JsonProperty("signers_with_stake") List<SignerWithStakeMessage> signersWithStake,
        @JsonProperty("hash") String hash,
        @JsonProperty("protocol_parameters") ProtocolParametersMessage protocolParameters) {

    private static final ObjectMapper JSON = MithrilJson.newObjectMapper();

    static StoredMithrilStakeDistribution of(MithrilStakeDistribution artifact) {
        return new StoredMithrilStakeDistribution(artifact.epoch().value(),
                artifact.signers().stream().map(SignerWithStakeMessage::from).toList(), artifact.computeHash(),
                ProtocolParametersMessage.from(artifact.protocolParameters()));
    }

    static StoredMithrilStakeDistribution parse(String json) {
        try {
            return JSON.readValue(json, StoredMithrilStakeDistribution.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored Mithril stake distribution: " + e.getOriginalMessage(),
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

    MithrilStakeDistribution toArtifact() {
        return new MithrilStakeDistribution(Epoch.of(epoch),
                signersWithStake.stream().map(SignerWithStakeMessage::toDomain).toList(),
                protocolParameters.toDomain());
    }

    /** The detail message of a stored row: the stored hash is the artifact id, served as is. */
    static MithrilStakeDistributionMessage message(StoredArtifact row) {
        StoredMithrilStakeDistribution stored = parse(row.artifactJson());
        return new MithrilStakeDistributionMessage(stored.epoch(), stored.signersWithStake(), row.hash(),
                row.certificateHash(), row.createdAt(), stored.protocolParameters());
    }
}
