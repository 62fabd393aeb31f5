package io.mithril.ouroboros.cbor;

/**
 * The input ended inside an item: more bytes may complete it. Mux reassembly relies on this to tell "wait for the
 * next segment" from "malformed".
 */
public final class CborIncompleteException extends CborException {
    private static final long serialVersionUID = 1L;

    public CborIncompleteException(int needed) {
        super("CBOR input ends early: " + needed + " more byte(s) needed at least");
    }
}
