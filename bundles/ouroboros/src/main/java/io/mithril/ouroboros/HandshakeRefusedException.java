package io.mithril.ouroboros;

import java.io.IOException;

/** The node refused every version we proposed (wrong network magic, unsupported versions...). */
public final class HandshakeRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient HandshakeMessage.RefuseReason reason;

    public HandshakeRefusedException(HandshakeMessage.RefuseReason reason) {
        super("handshake refused: " + reason);
        this.reason = reason;
    }

    public HandshakeMessage.RefuseReason reason() {
        return reason;
    }
}
