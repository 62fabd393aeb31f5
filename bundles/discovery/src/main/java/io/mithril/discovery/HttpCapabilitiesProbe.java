package io.mithril.discovery;

import io.mithril.discovery.internal.FeaturesMessageParser;
import io.mithril.discovery.internal.HttpFetch;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;

/** {@code GET {endpoint}/} with a 5 s limit (the reference's), read as an {@code AggregatorFeaturesMessage}. */
public final class HttpCapabilitiesProbe implements CapabilitiesProbe {
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client;
    private final Duration timeout;

    public HttpCapabilitiesProbe(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    public static HttpCapabilitiesProbe create() {
        return new HttpCapabilitiesProbe(HttpFetch.client(TIMEOUT), TIMEOUT);
    }

    @Override
    public AggregatorCapabilities capabilities(AggregatorEndpoint aggregator) throws IOException, DiscoveryException {
        HttpResponse<String> response = HttpFetch.get(client, aggregator.featuresUri(), timeout);
        if (response.statusCode() != 200) {
            throw new DiscoveryException("GET " + response.uri() + " answered HTTP " + response.statusCode());
        }
        return FeaturesMessageParser.capabilities(response.body());
    }
}
