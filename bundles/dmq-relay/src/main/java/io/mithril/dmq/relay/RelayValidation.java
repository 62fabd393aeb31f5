package io.mithril.dmq.relay;

/** How much the relay checks a submitted message before accepting it. */
public enum RelayValidation {
    /**
     * What a DMQ node checks (dmq.md §4.1) short of stake: field sizes, message id, not expired (and not too far
     * ahead), KES period within the opcert, opcert issue number not lower than seen for the pool, opcert signature,
     * KES signature; plus an optional pool-eligibility predicate.
     */
    FULL,
    /**
     * Only that it is a DmqMsg with a usable id and expiry, like mithril-relay (the "fake" DMQ node of the Mithril
     * end-to-end tests): lets forged messages through, to exercise the consumer's own validation.
     */
    STRUCTURAL
}
