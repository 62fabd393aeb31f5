/**
 * A simulated Cardano chain for local devnets: time-paced epochs, slots, blocks with deterministic transactions,
 * KES periods, and the devnet stake pools ({@link io.mithril.chain.devnet.DevnetPools}) whose keys the simulated
 * signers use.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.chain.devnet;
