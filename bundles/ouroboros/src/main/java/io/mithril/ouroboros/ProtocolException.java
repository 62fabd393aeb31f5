package io.mithril.ouroboros;

import java.io.IOException;

/** The peer broke the mux or a mini-protocol (malformed message, wrong state, wrong mode bit...). */
public class ProtocolException extends IOException {
    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }
}
