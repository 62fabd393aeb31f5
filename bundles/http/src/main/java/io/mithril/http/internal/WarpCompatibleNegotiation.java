package io.mithril.http.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Content negotiation as the reference's warp does it, which is to say none: a body without a Content-Type is read as
 * JSON ({@code body::json()}; JAX-RS would take it as octet-stream and answer 415), and the Accept header is ignored
 * (JAX-RS would answer 406 to e.g. {@code Accept: text/plain} on a JSON route).
 */
@PreMatching
public final class WarpCompatibleNegotiation implements ContainerRequestFilter {
    /** Request property holding the HTTP method as received, before Jersey maps HEAD to GET. */
    static final String ORIGINAL_METHOD = "io.mithril.http.originalMethod";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(ORIGINAL_METHOD, request.getMethod());
        if (request.hasEntity() && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.WILDCARD);
    }
}
