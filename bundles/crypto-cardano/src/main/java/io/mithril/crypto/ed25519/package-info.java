/**
 * Ed25519 keys and signatures in the encodings the Mithril reference uses for genesis certificates, era markers and
 * ancillary manifests (raw 32/64 bytes, plain hex, JSON-hex).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.crypto.ed25519;
