package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.ArtifactLocation;

/**
 * An immutable-files location, whose URI is a template object:
 * {@code {"type":"cloud_storage","uri":{"Template":".../{immutable_file_number}.tar.zst"},"compression_algorithm":...}}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImmutablesLocationMessage(
        @JsonProperty("type") String type,
        @JsonProperty("uri") @JsonInclude(JsonInclude.Include.NON_NULL) TemplateUri uri,
        @JsonProperty("compression_algorithm") @JsonInclude(JsonInclude.Include.NON_NULL)
        String compressionAlgorithm) {

    /** The {@code MultiFilesUri::Template} variant, the only one the reference defines. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TemplateUri(@JsonProperty("Template") String template) {
    }

    public static ImmutablesLocationMessage from(ArtifactLocation l) {
        return new ImmutablesLocationMessage(l.type(), l.uri() == null ? null : new TemplateUri(l.uri()),
                l.compressionAlgorithm());
    }

    public ArtifactLocation toDomain() {
        return new ArtifactLocation(type, uri == null ? null : uri.template(), compressionAlgorithm);
    }
}
