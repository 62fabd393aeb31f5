/**
 * The DMQ (CIP-0137) signature channel: the Mithril DMQ message body, per-message validation, the consumer that
 * feeds the aggregator's signature processor (origin {@code DMQ}) with its drop counters, and the publisher signers
 * use.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.signature.dmq;
