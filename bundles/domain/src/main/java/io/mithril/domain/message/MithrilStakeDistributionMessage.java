package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.Epoch;
import io.mithril.domain.MithrilStakeDistribution;
import io.mithril.domain.SignedEntity;
import java.time.Instant;
import java.util.List;

/** {@code GET /artifact/mithril-stake-distribution/{hash}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MithrilStakeDistributionMessage(
        @JsonProperty("epoch") long epoch,
        @JsonProperty("signers") List<SignerWithStakeMessage> signers,
        @JsonProperty("hash") String hash,
        @JsonProperty("certificate_hash") String certificateHash,
        @JsonProperty("created_at") @Rfc3339 Instant createdAt,
        @JsonProperty("protocol_parameters") ProtocolParametersMessage protocolParameters) {

    public static MithrilStakeDistributionMessage from(SignedEntity<MithrilStakeDistribution> entity) {
        MithrilStakeDistribution msd = entity.artifact();
        return new MithrilStakeDistributionMessage(msd.epoch().value(),
                msd.signers().stream().map(SignerWithStakeMessage::from).toList(), msd.computeHash(),
                entity.certificateHash(), entity.createdAt(), ProtocolParametersMessage.from(msd.protocolParameters()));
    }

    public MithrilStakeDistribution toArtifact() {
        return new MithrilStakeDistribution(Epoch.of(epoch),
                signers.stream().map(SignerWithStakeMessage::toDomain).toList(), protocolParameters.toDomain());
    }
}
