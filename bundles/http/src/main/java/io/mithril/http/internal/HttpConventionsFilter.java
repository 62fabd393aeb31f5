package io.mithril.http.internal;

import io.mithril.http.AggregatorHttp;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Servlet filter in front of every path: the {@code mithril-api-version} header on every response (including 404s,
 * errors and preflights), CORS, and the early 413 for a declared body over the limit. Doing this at the servlet level
 * covers paths no JAX-RS resource matches and the moments when the Jersey container is being swapped.
 */
public final class HttpConventionsFilter implements Filter {
    private final String apiVersion;
    private final CorsPolicy cors = new CorsPolicy();
    private final long maxBodyBytes;

    public HttpConventionsFilter(String apiVersion, long maxBodyBytes) {
        this.apiVersion = apiVersion;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader(AggregatorHttp.API_VERSION_HEADER, apiVersion);

        CorsPolicy.Decision decision = cors.evaluate(request.getMethod(), request.getHeader("Origin"),
                request.getHeader("Access-Control-Request-Method"),
                joined(request.getHeaders("Access-Control-Request-Headers")));
        switch (decision.kind()) {
            case FORBIDDEN -> {
                plainText(response, 403, "CORS request forbidden: " + decision.reason());
                return;
            }
            case PREFLIGHT -> {
                response.setHeader(CorsPolicy.ALLOW_ORIGIN, decision.origin());
                response.setHeader(CorsPolicy.ALLOW_METHODS, String.join(", ", CorsPolicy.ALLOWED_METHODS));
                response.setHeader(CorsPolicy.ALLOW_HEADERS, String.join(", ", CorsPolicy.ALLOWED_HEADERS));
                response.setStatus(200);
                response.setContentLength(0);
                return;
            }
            case SIMPLE -> response.setHeader(CorsPolicy.ALLOW_ORIGIN, decision.origin());
            case NOT_CORS -> {
            }
        }
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > maxBodyBytes) {
            // Refused before any servlet reads it; bodies without a length are bounded while Jersey reads them.
            plainText(response, 413, ErrorBodies.PAYLOAD_TOO_LARGE);
            return;
        }
        chain.doFilter(req, res);
    }

    private static String joined(Enumeration<String> values) {
        if (values == null || !values.hasMoreElements()) {
            return null;
        }
        return String.join(",", Collections.list(values));
    }

    static void plainText(HttpServletResponse response, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
