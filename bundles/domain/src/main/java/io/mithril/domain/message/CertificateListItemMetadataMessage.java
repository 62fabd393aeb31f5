package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.CertificateMetadata;
import java.time.Instant;

/** Metadata of a certificate list item: the signers are replaced by their count. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateListItemMetadataMessage(
        @JsonProperty("network") String network,
        @JsonProperty("version") String version,
        @JsonProperty("parameters") ProtocolParametersMessage parameters,
        @JsonProperty("initiated_at") @Rfc3339 Instant initiatedAt,
        @JsonProperty("sealed_at") @Rfc3339 Instant sealedAt,
        @JsonProperty("total_signers") long totalSigners) {

    public static CertificateListItemMetadataMessage from(CertificateMetadata m) {
        return new CertificateListItemMetadataMessage(m.network(), m.protocolVersion(),
                ProtocolParametersMessage.from(m.parameters()), m.initiatedAt(), m.sealedAt(), m.signers().size());
    }
}
