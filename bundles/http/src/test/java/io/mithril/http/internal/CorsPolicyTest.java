package io.mithril.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mithril.http.internal.CorsPolicy.Decision;
import io.mithril.http.internal.CorsPolicy.Kind;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {
    private final CorsPolicy cors = new CorsPolicy();

    @Test
    void requestsWithoutOriginAreNotCors() {
        assertEquals(Kind.NOT_CORS, cors.evaluate("GET", null, null, null).kind());
        assertEquals(Kind.NOT_CORS, cors.evaluate("OPTIONS", null, "GET", "x-anything").kind());
    }

    @Test
    void anyOriginIsEchoedOnSimpleRequests() {
        assertEquals(new Decision(Kind.SIMPLE, "https://a.example", null),
                cors.evaluate("POST", "https://a.example", null, null));
        assertEquals(new Decision(Kind.SIMPLE, "null", null), cors.evaluate("GET", "null", null, null));
    }

    @Test
    void preflightAcceptsTheFourHeadersInAnyCaseAndSpacing() {
        Decision decision = cors.evaluate("OPTIONS", "http://localhost", "POST",
                "Content-Type ,  Mithril-Api-Version,MITHRIL-ORIGIN-TAG,mithril-client-type");
        assertEquals(new Decision(Kind.PREFLIGHT, "http://localhost", null), decision);
        assertEquals(Kind.PREFLIGHT, cors.evaluate("OPTIONS", "http://localhost", "GET", null).kind());
        assertEquals(Kind.PREFLIGHT, cors.evaluate("OPTIONS", "http://localhost", "OPTIONS", "content-type").kind());
    }

    @Test
    void preflightRefusesAnyOtherHeader() {
        for (String headers : new String[] {"authorization", "content-type,x-requested-with", "content-type,", ""}) {
            assertEquals(new Decision(Kind.FORBIDDEN, "http://localhost", "header not allowed"),
                    cors.evaluate("OPTIONS", "http://localhost", "GET", headers), headers);
        }
    }

    @Test
    void preflightRefusesOtherOrMissingMethods() {
        for (String method : new String[] {"PUT", "DELETE", "get", null}) {
            assertEquals(new Decision(Kind.FORBIDDEN, "http://localhost", "requested method not allowed"),
                    cors.evaluate("OPTIONS", "http://localhost", method, null), String.valueOf(method));
        }
    }
}
