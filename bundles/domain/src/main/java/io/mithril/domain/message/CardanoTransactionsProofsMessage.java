package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code GET /proof/cardano-transaction} (legacy v1): each set proof is the JSON-hex of an MKMapProof, kept verbatim
 * (decoding and verifying it belongs to the Cardano-data module).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardanoTransactionsProofsMessage(
        @JsonProperty("certificate_hash") String certificateHash,
        @JsonProperty("certified_transactions") List<SetProof> certifiedTransactions,
        @JsonProperty("non_certified_transactions") List<String> nonCertifiedTransactions,
        @JsonProperty("latest_block_number") long latestBlockNumber) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SetProof(@JsonProperty("transactions_hashes") List<String> transactionsHashes,
                           @JsonProperty("proof") String proof) {
    }
}
