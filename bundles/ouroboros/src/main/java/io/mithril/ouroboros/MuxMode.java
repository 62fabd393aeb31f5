package io.mithril.ouroboros;

/** Which side of a connection sent a segment: bit 15 of the protocol field (dmq.md §1.2). */
public enum MuxMode {
    /** The side that opened the connection (client); mode bit 0. */
    INITIATOR,
    /** The side that accepted it (node); mode bit 1. */
    RESPONDER;

    public MuxMode peer() {
        return this == INITIATOR ? RESPONDER : INITIATOR;
    }
}
