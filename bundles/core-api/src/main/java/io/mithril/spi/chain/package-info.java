/**
 * Chain observer SPI: what the aggregator needs to know about the Cardano chain (epoch, chain point, era, stake distribution, KES period, datums, blocks). One implementation is selected by <code>CHAIN_OBSERVER_TYPE</code> through the service property <code>chain.observer.type</code>.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.spi.chain;
