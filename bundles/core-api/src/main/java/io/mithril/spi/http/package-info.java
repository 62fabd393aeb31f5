/**
 * HTTP conventions shared by every REST resource contributed by a bundle: client errors are thrown as {@link io.mithril.spi.http.ApiException} and rendered by the HTTP bundle as the reference's <code>{label, message}</code> envelope. A REST resource is any service with the property <code>osgi.jakartars.resource=true</code>; it is served under <code>/aggregator</code>.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.spi.http;
