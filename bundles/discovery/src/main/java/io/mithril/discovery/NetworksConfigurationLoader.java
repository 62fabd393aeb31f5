package io.mithril.discovery;

import io.mithril.discovery.internal.HttpFetch;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads {@code networks.json} and the small documents it points to (genesis, era and ancillary keys) from an
 * http(s) URL (10 s for the whole download, as the reference), a {@code file:} URI or a file path.
 */
public final class NetworksConfigurationLoader {
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;

    public NetworksConfigurationLoader(HttpClient client) {
        this.client = client;
    }

    public static NetworksConfigurationLoader create() {
        return new NetworksConfigurationLoader(HttpFetch.client(TIMEOUT));
    }

    /** Downloads or reads, then parses, the networks configuration at {@code location}. */
    public NetworksConfiguration load(String location) throws DiscoveryException {
        return NetworksConfiguration.parse(fetch(location, "networks configuration"), location);
    }

    /**
     * The text at {@code location}, trimmed: e.g. a {@code genesis.verification-key.url}, which holds the JSON-hex key.
     */
    public String fetchText(String location) throws DiscoveryException {
        return fetch(location, "document").trim();
    }

    private String fetch(String location, String what) throws DiscoveryException {
        String scheme = scheme(location);
        if (scheme.equals("http") || scheme.equals("https")) {
            return download(location, what);
        }
        Path file;
        try {
            file = scheme.equals("file") ? Path.of(URI.create(location)) : Path.of(location);
        } catch (IllegalArgumentException e) { // includes InvalidPathException
            throw new DiscoveryException(what + " location '" + location + "' is neither an http(s) URL nor a file: "
                    + e.getMessage(), e);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DiscoveryException("cannot read the " + what + " file " + file + ": " + e, e);
        }
    }

    private String download(String location, String what) throws DiscoveryException {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            throw new DiscoveryException(what + " URL '" + location + "' is malformed: " + e.getMessage(), e);
        }
        HttpResponse<String> response;
        try {
            response = HttpFetch.get(client, uri, TIMEOUT);
        } catch (IOException | IllegalArgumentException e) {
            throw new DiscoveryException("cannot download the " + what + " from " + location + ": " + e.getMessage(),
                    e);
        }
        if (response.statusCode() != 200) {
            throw new DiscoveryException("cannot download the " + what + " from " + location + ": HTTP "
                    + response.statusCode());
        }
        return response.body();
    }

    /** The lower-case URI scheme, or "" for a plain path (a Windows drive letter is not a scheme). */
    private static String scheme(String location) {
        int colon = location.indexOf(':');
        if (colon < 2) {
            return "";
        }
        String scheme = location.substring(0, colon);
        return scheme.matches("[A-Za-z][A-Za-z0-9+.-]*") ? scheme.toLowerCase(Locale.ROOT) : "";
    }
}
