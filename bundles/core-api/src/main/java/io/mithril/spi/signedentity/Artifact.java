package io.mithril.spi.signedentity;

/**
 * An artifact built by a plugin: its hash (the artifact id clients use) and its JSON as stored (the reference stores
 * its artifact structs). The plugin's routes serve it, adding what only the stored row knows (for the reference's
 * types: <code>certificate_hash</code> and <code>created_at</code>).
 */
public record Artifact(String hash, String json) {
}
