package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.ProtocolParameters;

/** {@code {"k":70,"m":105,"phi_f":0.95}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProtocolParametersMessage(@JsonProperty("k") long k, @JsonProperty("m") long m,
                                        @JsonProperty("phi_f") double phiF) {

    public static ProtocolParametersMessage from(ProtocolParameters p) {
        return new ProtocolParametersMessage(p.k(), p.m(), p.phiF());
    }

    public ProtocolParameters toDomain() {
        return new ProtocolParameters(k, m, phiF);
    }
}
