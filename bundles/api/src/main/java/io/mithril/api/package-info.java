/**
 * The read API's shared pieces: the client origin of a request (whitelisted origin tag, client type) that feeds the
 * served-details metrics, and the mapping between stored certificate rows and certificate messages.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.api;
