/**
 * Command SPI: bundles contribute <code>mithril-aggregator</code> subcommands (genesis, era, tools, database, devnet, ...).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.spi.cli;
