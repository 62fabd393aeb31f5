package io.mithril.http.internal;

import io.mithril.http.AggregatorHttp;
import java.util.List;
import java.util.Locale;

/**
 * The reference's CORS rules (warp's {@code cors()} with any origin, methods GET/POST/OPTIONS and four request
 * headers): a request with an {@code Origin} is either a preflight (OPTIONS) checked here and answered directly, or a
 * simple request that gets the origin echoed back. Any other requested header fails the preflight.
 */
final class CorsPolicy {
    static final List<String> ALLOWED_METHODS = List.of("GET", "POST", "OPTIONS");
    static final List<String> ALLOWED_HEADERS = List.of("content-type", AggregatorHttp.API_VERSION_HEADER,
            AggregatorHttp.ORIGIN_TAG_HEADER, AggregatorHttp.CLIENT_TYPE_HEADER);
    static final String ALLOW_ORIGIN = "access-control-allow-origin";
    static final String ALLOW_METHODS = "access-control-allow-methods";
    static final String ALLOW_HEADERS = "access-control-allow-headers";

    enum Kind { NOT_CORS, SIMPLE, PREFLIGHT, FORBIDDEN }

    /** What to do with a request; {@code origin} is echoed back, {@code reason} explains a refusal. */
    record Decision(Kind kind, String origin, String reason) {
    }

    /**
     * @param requestMethod  the {@code Access-Control-Request-Method} header, or null
     * @param requestHeaders the {@code Access-Control-Request-Headers} header(s) joined with commas, or null
     */
    Decision evaluate(String method, String origin, String requestMethod, String requestHeaders) {
        if (origin == null) {
            return new Decision(Kind.NOT_CORS, null, null);
        }
        if (!"OPTIONS".equals(method)) {
            return new Decision(Kind.SIMPLE, origin, null);
        }
        // Methods are case-sensitive tokens: "get" is not GET.
        if (requestMethod == null || !ALLOWED_METHODS.contains(requestMethod.trim())) {
            return new Decision(Kind.FORBIDDEN, origin, "requested method not allowed");
        }
        if (requestHeaders != null) {
            for (String header : requestHeaders.split(",", -1)) {
                if (!ALLOWED_HEADERS.contains(header.trim().toLowerCase(Locale.ROOT))) {
                    return new Decision(Kind.FORBIDDEN, origin, "header not allowed");
                }
            }
        }
        return new Decision(Kind.PREFLIGHT, origin, null);
    }
}
