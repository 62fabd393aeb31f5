package io.mithril.tools.verify;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An artifact detail message as a source gives it.
 *
 * @param servedHash the hash (id) it is known under: its key in the data file, or its list item's hash
 */
public record ServedArtifact(ArtifactKind kind, String servedHash, JsonNode detail) {

    /** The certificate the message names, or an empty string when it names none. */
    public String certificateHash() {
        return detail.path("certificate_hash").asText("");
    }
}
