/**
 * The aggregator's HTTP conventions: base path, headers, body limit, the whiteboard properties that publish a JAX-RS
 * resource, and the API version. The cross-cutting behaviour itself (api-version header, CORS, error envelopes, 404,
 * 405, 413, 503 on SQLITE_BUSY) is applied by this bundle to every resource.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.http;
