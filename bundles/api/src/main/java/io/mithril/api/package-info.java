/**
 * The read API's shared pieces: the client origin of a request (whitelisted origin tag, client type) that feeds the
 * served-details metrics, the mapping between stored certificate rows and certificate messages, and the answers of
 * the read routes (JSON or empty 404, the artifact list and details the signed-entity plugins serve).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.api;
