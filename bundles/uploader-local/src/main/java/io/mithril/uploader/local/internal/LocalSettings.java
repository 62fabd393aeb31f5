package io.mithril.uploader.local.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The keys of the aggregator configuration (PID {@code io.mithril.aggregator}, aggregator.md §6.2) that the local
 * uploader and its download route read. Values may arrive typed or as text, depending on the configuration layer.
 *
 * @param uploaderType    {@code snapshot_uploader_type} (default {@code gcp}): the route serves files only for
 *                        {@code local}
 * @param snapshotDirectory {@code snapshot_directory} (default {@code .})
 * @param publicServerUrl {@code public_server_url}, always ending with a slash; default
 *                        {@code http://{server_ip}:{server_port}/aggregator/}
 */
record LocalSettings(String uploaderType, Path snapshotDirectory, URI publicServerUrl) {
    static final String UPLOADER_TYPE = "snapshot_uploader_type";
    static final String SNAPSHOT_DIRECTORY = "snapshot_directory";
    static final String PUBLIC_SERVER_URL = "public_server_url";
    static final String SERVER_IP = "server_ip";
    static final String SERVER_PORT = "server_port";
    /** The folder of {@code snapshot_directory} holding the Cardano database artifacts, and their target prefix. */
    static final String ARTIFACTS_FOLDER = "cardano-database";

    static LocalSettings from(Map<String, ?> properties) {
        String publicUrl = text(properties, PUBLIC_SERVER_URL, null);
        if (publicUrl == null) {
            publicUrl = "http://" + text(properties, SERVER_IP, "0.0.0.0") + ":" + text(properties, SERVER_PORT, "8080")
                    + "/aggregator/";
        }
        return new LocalSettings(text(properties, UPLOADER_TYPE, "gcp"),
                Path.of(text(properties, SNAPSHOT_DIRECTORY, ".")), withTrailingSlash(publicUrl));
    }

    boolean serving() {
        return "local".equals(uploaderType);
    }

    /** {@code {snapshot_directory}/cardano-database}: the only directory the download route serves. */
    Path artifactsDirectory() {
        return snapshotDirectory.resolve(ARTIFACTS_FOLDER);
    }

    /** The reference adds a missing trailing slash so that relative routes join under the base path. */
    static URI withTrailingSlash(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(PUBLIC_SERVER_URL + " is not a URL: '" + url + "'", e);
        }
        if (!uri.isAbsolute() || uri.getRawAuthority() == null || uri.isOpaque()) {
            throw new IllegalArgumentException(PUBLIC_SERVER_URL + " must be an absolute URL, got '" + url + "'");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(PUBLIC_SERVER_URL + " must not have a query or fragment: '" + url + "'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path : path + "/"));
    }

    private static String text(Map<String, ?> properties, String key, String fallback) {
        Object value = properties.get(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString().trim();
    }
}
