package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An item of {@code GET /artifact/cardano-database/digests}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardanoDatabaseDigestListItemMessage(@JsonProperty("immutable_file_name") String immutableFileName,
                                                   @JsonProperty("digest") String digest) {
}
