package io.mithril.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErrorBodiesTest {

    @Test
    void clientErrorHasLabelThenMessage() {
        assertEquals("{\"label\":\"invalid_epoch\",\"message\":\"say \\\"hi\\\"\"}",
                ErrorBodies.clientError("invalid_epoch", "say \"hi\""));
    }

    @Test
    void serverErrorHasOnlyAMessage() {
        assertEquals("{\"message\":\"boom\"}", ErrorBodies.serverError("boom"));
    }

    @Test
    void debugChainListsCausesLikeAnyhow() {
        Exception error = new IllegalStateException("outer", new RuntimeException("middle",
                new java.io.IOException("inner")));

        assertEquals("outer\n\nCaused by:\n    0: middle\n    1: inner", ErrorBodies.debugChain(error));
        assertEquals("java.lang.NullPointerException", ErrorBodies.debugChain(new NullPointerException()));
    }

    @Test
    void debugChainStopsOnCycles() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertEquals("a\n\nCaused by:\n    0: b", ErrorBodies.debugChain(a));
    }
}
