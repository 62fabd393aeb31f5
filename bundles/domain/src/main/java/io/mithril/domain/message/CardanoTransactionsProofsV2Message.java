package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code GET /proof/v2/cardano-transaction}: {@code certified_transactions} is null (written as null) when none of
 * the requested transactions is certified; the proof is bincode bytes-hex, kept verbatim.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardanoTransactionsProofsV2Message(
        @JsonProperty("certificate_hash") String certificateHash,
        @JsonProperty("certified_transactions") CertifiedTransactions certifiedTransactions,
        @JsonProperty("non_certified_transactions") List<String> nonCertifiedTransactions,
        @JsonProperty("latest_block_number") long latestBlockNumber,
        @JsonProperty("security_parameter") long securityParameter) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CertifiedTransactions(@JsonProperty("items") List<Transaction> items,
                                        @JsonProperty("proof") String proof) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Transaction(@JsonProperty("transaction_hash") String transactionHash,
                              @JsonProperty("block_number") long blockNumber,
                              @JsonProperty("slot_number") long slotNumber,
                              @JsonProperty("block_hash") String blockHash) {
    }
}
