package io.mithril.tools.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;

import org.junit.jupiter.api.Test;

class ErrorDescriptionTest {
    @Test
    void namesAConnectionFailureThatHasNoMessage() {
        IOException error = new IOException(new ConnectException());
        assertEquals("java.net.ConnectException", ToolsCommand.describe(error));
        assertEquals("ConnectException", ToolsCommand.describe(new ConnectException()));
        assertEquals("timed out", ToolsCommand.describe(new IOException("timed out")));
    }
}
