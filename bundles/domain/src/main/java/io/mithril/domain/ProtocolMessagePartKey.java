package io.mithril.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Protocol-message part keys, declared in the reference's enum order, which is the hash and JSON order
 * (certificates.md §3.1) — not the alphabetical order.
 */
public enum ProtocolMessagePartKey {
    SNAPSHOT_DIGEST("snapshot_digest"),
    CARDANO_TRANSACTIONS_MERKLE_ROOT("cardano_transactions_merkle_root"),
    CARDANO_BLOCKS_TRANSACTIONS_MERKLE_ROOT("cardano_blocks_transactions_merkle_root"),
    NEXT_AGGREGATE_VERIFICATION_KEY("next_aggregate_verification_key"),
    NEXT_PROTOCOL_PARAMETERS("next_protocol_parameters"),
    CURRENT_EPOCH("current_epoch"),
    LATEST_BLOCK_NUMBER("latest_block_number"),
    CARDANO_BLOCKS_TRANSACTIONS_BLOCK_NUMBER_OFFSET("cardano_blocks_transactions_block_number_offset"),
    CARDANO_STAKE_DISTRIBUTION_EPOCH("cardano_stake_distribution_epoch"),
    CARDANO_STAKE_DISTRIBUTION_MERKLE_ROOT("cardano_stake_distribution_merkle_root"),
    CARDANO_DATABASE_MERKLE_ROOT("cardano_database_merkle_root"),
    NEXT_AGGREGATE_VERIFICATION_KEY_SNARK("next_aggregate_verification_key_snark");

    private final String wireName;

    ProtocolMessagePartKey(String wireName) {
        this.wireName = wireName;
    }

    /** The snake_case name used in JSON and fed into the hash. */
    public String wireName() {
        return wireName;
    }

    public static Optional<ProtocolMessagePartKey> fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }
}
