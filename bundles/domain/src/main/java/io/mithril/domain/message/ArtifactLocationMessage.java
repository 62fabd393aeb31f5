package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.ArtifactLocation;

/**
 * A digests or ancillary location: {@code {"type":"cloud_storage","uri":"...","compression_algorithm":"zstandard"}} or
 * {@code {"type":"aggregator","uri":"..."}}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArtifactLocationMessage(
        @JsonProperty("type") String type,
        @JsonProperty("uri") @JsonInclude(JsonInclude.Include.NON_NULL) String uri,
        @JsonProperty("compression_algorithm") @JsonInclude(JsonInclude.Include.NON_NULL)
        String compressionAlgorithm) {

    public static ArtifactLocationMessage from(ArtifactLocation l) {
        return new ArtifactLocationMessage(l.type(), l.uri(), l.compressionAlgorithm());
    }

    public ArtifactLocation toDomain() {
        return new ArtifactLocation(type, uri, compressionAlgorithm);
    }
}
