package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code GET /proof/v2/cardano-block}: {@code certified_blocks} is null (written as null) when none of the requested
 * blocks is certified; the proof is bincode bytes-hex, kept verbatim.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardanoBlocksProofsMessage(
        @JsonProperty("certificate_hash") String certificateHash,
        @JsonProperty("certified_blocks") CertifiedBlocks certifiedBlocks,
        @JsonProperty("non_certified_blocks") List<String> nonCertifiedBlocks,
        @JsonProperty("latest_block_number") long latestBlockNumber,
        @JsonProperty("security_parameter") long securityParameter) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CertifiedBlocks(@JsonProperty("items") List<Block> items, @JsonProperty("proof") String proof) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Block(@JsonProperty("block_hash") String blockHash,
                        @JsonProperty("block_number") long blockNumber,
                        @JsonProperty("slot_number") long slotNumber) {
    }
}
