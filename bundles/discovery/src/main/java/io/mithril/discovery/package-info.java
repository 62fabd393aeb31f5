/**
 * Client-side discovery of Mithril aggregators (aggregator.md §4): the {@code networks.json} document, the aggregators
 * it lists for a Mithril network, a shuffle, and a lazy filter on the capabilities each candidate advertises in
 * {@code GET /aggregator/}. Plain Java over {@link java.net.http.HttpClient}; no OSGi API.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.discovery;
