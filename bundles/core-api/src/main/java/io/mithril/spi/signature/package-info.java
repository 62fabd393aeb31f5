/**
 * Signature-source SPI: every channel through which single signatures reach the aggregator (HTTP route, DMQ consumer, ...) feeds the one signature processor through a {@link io.mithril.spi.signature.SignatureSink}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.spi.signature;
