/**
 * Verification of a certificate chain and of the artifacts it certifies, from a directory of reference-shaped JSON
 * files or from an aggregator's REST API (the logic behind {@code mithril-aggregator tools verify-chain}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.tools.verify;
