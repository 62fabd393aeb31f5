/**
 * Services of the leader aggregator runtime that other bundles (the devnet command, tools) call in-process: genesis
 * bootstrap, signer registration and the view of the messages waiting for signatures. The epoch context
 * ({@link io.mithril.spi.signedentity.EpochContextProvider}) and the signature processor
 * ({@link io.mithril.spi.signature.SignatureSink}) are published under their SPI types.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.core;
