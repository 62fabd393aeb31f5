package io.mithril.signature.dmq;

import io.mithril.ouroboros.dmq.RejectReason;
import java.io.IOException;

/** The DMQ node rejected a published message. */
public final class DmqPublishException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient RejectReason reason;

    public DmqPublishException(RejectReason reason) {
        super("the DMQ node rejected the message: " + reason);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
