package io.mithril.ouroboros;

import java.io.IOException;

/**
 * The server side of one mini-protocol on one connection. {@link #serve} runs on its own thread, reads the client's
 * messages from the channel and answers them; it returns (or throws) when the connection is closed. A fresh
 * responder is created per connection, so it may keep per-connection state (e.g. a notification cursor).
 */
@FunctionalInterface
public interface MiniProtocolResponder {
    void serve(MuxChannel channel) throws IOException;
}
