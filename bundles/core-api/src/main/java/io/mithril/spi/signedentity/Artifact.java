package io.mithril.spi.signedentity;

/**
 * An artifact built by a plugin: its hash (the artifact id clients use) and its JSON detail message exactly as the
 * plugin's routes serve it.
 */
public record Artifact(String hash, String json) {
}
