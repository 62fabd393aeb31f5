package io.mithril.discovery;

import java.io.IOException;

/** Asks an aggregator what it can do. */
public interface CapabilitiesProbe {
    /**
     * @throws IOException        the aggregator cannot be reached (refused, timed out, reset)
     * @throws DiscoveryException it answered, but not with a usable root document (status, JSON, shape), or its URL
     *                            is not an http(s) URL
     */
    AggregatorCapabilities capabilities(AggregatorEndpoint aggregator) throws IOException, DiscoveryException;
}
