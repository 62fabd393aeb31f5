package io.mithril.signature.dmq;

import io.mithril.crypto.cardano.Blake2;
import io.mithril.ouroboros.dmq.DmqMessagePayload;

/** The DMQ message id: Blake2b-256 of the payload's CBOR bytes (dmq.md §3.1; dmq-node rejects others). */
public final class DmqMessageIds {
    private DmqMessageIds() {
    }

    public static byte[] of(DmqMessagePayload payload) {
        return Blake2.blake2b256(payload.bytesToSign());
    }
}
