/**
 * Simulated Mithril signers for a devnet: each operates a devnet stake pool (cold key, KES Sum6 key, operational
 * certificate) and a fresh STM key per registration epoch, registers with an aggregator over HTTP, computes every
 * protocol message from its own view of the chain and the epoch settings, plays the lottery and publishes its
 * signatures through a {@link io.mithril.devnet.SignaturePublisher}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.devnet;
