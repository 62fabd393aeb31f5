/**
 * Cardano KES Sum6 (kes-summed-ed25519 0.2 layout, as used by cardano-node, pallas and Mithril): verification,
 * signing and key evolution, with the reference's byte and JSON-hex encodings.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.crypto.kes;
