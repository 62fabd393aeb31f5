package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.CertificateMetadata;
import java.time.Instant;
import java.util.List;

/** Metadata of a certificate detail message. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateMetadataMessage(
        @JsonProperty("network") String network,
        @JsonProperty("version") String version,
        @JsonProperty("parameters") ProtocolParametersMessage parameters,
        @JsonProperty("initiated_at") @Rfc3339 Instant initiatedAt,
        @JsonProperty("sealed_at") @Rfc3339 Instant sealedAt,
        @JsonProperty("signers") List<StakeDistributionPartyMessage> signers) {

    public static CertificateMetadataMessage from(CertificateMetadata m) {
        return new CertificateMetadataMessage(m.network(), m.protocolVersion(),
                ProtocolParametersMessage.from(m.parameters()), m.initiatedAt(), m.sealedAt(),
                m.signers().stream().map(StakeDistributionPartyMessage::from).toList());
    }

    public CertificateMetadata toDomain() {
        return new CertificateMetadata(network, version, parameters.toDomain(), initiatedAt, sealedAt,
                signers.stream().map(StakeDistributionPartyMessage::toDomain).toList());
    }
}
