package io.mithril.ouroboros.cbor;

/** The bytes are not the CBOR the decoder expects (malformed, or a well-formed item of the wrong shape). */
public class CborException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CborException(String message) {
        super(message);
    }
}
