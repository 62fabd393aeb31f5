package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.SigningConfig;

/** {@code {"security_parameter":n,"step":n}} (CardanoTransactions and CardanoBlocksTransactions signing configs). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SigningConfigMessage(@JsonProperty("security_parameter") long securityParameter,
                                   @JsonProperty("step") long step) {

    public static SigningConfigMessage from(SigningConfig c) {
        return c == null ? null : new SigningConfigMessage(c.securityParameter(), c.step());
    }

    public SigningConfig toDomain() {
        return new SigningConfig(securityParameter, step);
    }
}
