package io.mithril.api;

import java.util.Objects;
import java.util.Set;

/**
 * Who asked, as the metrics see it (aggregator.md §1.5): the origin tag (whitelisted, else {@value #NOT_AVAILABLE})
 * and the client type ({@code CLI}, {@code WASM}, {@code LIBRARY}, else {@value #NOT_AVAILABLE}).
 */
public record RequestOrigin(String originTag, String clientType) {
    /** The value of a missing, unknown or non-whitelisted header. */
    public static final String NOT_AVAILABLE = "NA";
    /** Request header carrying the client's origin tag. */
    public static final String ORIGIN_TAG_HEADER = "mithril-origin-tag";
    /** Request header carrying the client type. */
    public static final String CLIENT_TYPE_HEADER = "mithril-client-type";

    private static final Set<String> CLIENT_TYPES = Set.of("CLI", "WASM", "LIBRARY", NOT_AVAILABLE);

    public RequestOrigin {
        Objects.requireNonNull(originTag, "origin tag");
        Objects.requireNonNull(clientType, "client type");
    }

    /** Resolves both headers; {@code null} means the header was absent. */
    public static RequestOrigin of(String originTagHeader, String clientTypeHeader, OriginTagWhitelist whitelist) {
        return new RequestOrigin(whitelist.resolve(originTagHeader), clientType(clientTypeHeader));
    }

    /** The client type kept as sent when it is a known one (case-sensitive, as the reference compares). */
    public static String clientType(String header) {
        return header != null && CLIENT_TYPES.contains(header) ? header : NOT_AVAILABLE;
    }
}
