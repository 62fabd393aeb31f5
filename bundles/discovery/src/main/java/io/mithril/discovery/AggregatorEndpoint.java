package io.mithril.discovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * An aggregator's REST endpoint as {@code networks.json} lists it, e.g.
 * {@code https://aggregator.release-preprod.api.mithril.network/aggregator}; kept as written.
 */
public record AggregatorEndpoint(String url) {
    public AggregatorEndpoint {
        Objects.requireNonNull(url, "url");
    }

    /** The endpoint as a URI, without a trailing slash. */
    public URI uri() throws DiscoveryException {
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        try {
            URI uri = new URI(trimmed);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new DiscoveryException("'" + url + "' is not an http(s) URL");
    }

    /** {@code GET {endpoint}/}: the root "features" document that advertises the capabilities. */
    public URI featuresUri() throws DiscoveryException {
        return URI.create(uri() + "/");
    }

    @Override
    public String toString() {
        return url;
    }
}
