package io.mithril.ouroboros;

import io.mithril.ouroboros.cbor.CborReader;

/**
 * Decodes one mini-protocol message from the bytes buffered so far. It must throw
 * {@link io.mithril.ouroboros.cbor.CborIncompleteException} (what {@link CborReader} does when it runs out) if the
 * message is not complete yet, and {@link io.mithril.ouroboros.cbor.CborException} if the bytes can never be that
 * message. The reader's position after a successful decode marks the end of the message.
 */
@FunctionalInterface
public interface MessageDecoder<T> {
    T decode(CborReader in);
}
