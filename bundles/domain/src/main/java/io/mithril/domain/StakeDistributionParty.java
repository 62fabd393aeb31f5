package io.mithril.domain;

import io.mithril.domain.internal.HashFeed;

/** A signer of a certificate as recorded in its metadata: party id and stake (u64 lovelace). */
public record StakeDistributionParty(String partyId, long stake) {

    public StakeDistributionParty {
        if (partyId == null) {
            throw new IllegalArgumentException("party id is required");
        }
    }

    /** {@code hex(SHA-256(party_id ‖ u64 stake))}, one item of the metadata hash. */
    public String computeHash() {
        return HashFeed.sha256().utf8(partyId).u64(stake).hex();
    }
}
