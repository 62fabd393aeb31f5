package io.mithril.signature.dmq;

import io.mithril.crypto.cardano.PoolId;
import io.mithril.ouroboros.dmq.DmqMessage;

/** A DMQ message whose id, expiry, opcert and KES signature checked out, with the pool that signed it. */
public record ValidatedDmqMessage(DmqMessage message, PoolId poolId) {
    /** The Mithril party id: the pool id in bech32 ({@code pool1…}). */
    public String partyId() {
        return poolId.bech32();
    }
}
