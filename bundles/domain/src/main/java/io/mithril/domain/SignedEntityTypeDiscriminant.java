package io.mithril.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of signed entity types. Declaration order is the reference's processing order (discriminant {@code Ord}):
 * MSD &lt; CSD &lt; CardanoDatabase &lt; CTX &lt; CBTX; the discontinued legacy type comes last and is never processed.
 */
public enum SignedEntityTypeDiscriminant {
    MITHRIL_STAKE_DISTRIBUTION("MithrilStakeDistribution", 0, 3600),
    CARDANO_STAKE_DISTRIBUTION("CardanoStakeDistribution", 1, 1800),
    CARDANO_DATABASE("CardanoDatabase", 4, 600),
    CARDANO_TRANSACTIONS("CardanoTransactions", 3, 600),
    CARDANO_BLOCKS_TRANSACTIONS("CardanoBlocksTransactions", 5, 600),
    /** Removed from the reference on 2026-05-21; its DB id 2 must never be reused. */
    CARDANO_IMMUTABLE_FILES_FULL("CardanoImmutableFilesFull", 2, 600);

    private final String jsonName;
    private final int databaseId;
    private final long openMessageTimeoutSeconds;

    SignedEntityTypeDiscriminant(String jsonName, int databaseId, long openMessageTimeoutSeconds) {
        this.jsonName = jsonName;
        this.databaseId = databaseId;
        this.openMessageTimeoutSeconds = openMessageTimeoutSeconds;
    }

    /** The externally tagged JSON name (e.g. {@code "CardanoTransactions"}). */
    public String jsonName() {
        return jsonName;
    }

    /** The {@code signed_entity_type.id} of the aggregator database. */
    public int databaseId() {
        return databaseId;
    }

    public long openMessageTimeoutSeconds() {
        return openMessageTimeoutSeconds;
    }

    /** True for a type the reference no longer produces nor turns into certificates. */
    public boolean isDiscontinued() {
        return this == CARDANO_IMMUTABLE_FILES_FULL;
    }

    public static Optional<SignedEntityTypeDiscriminant> fromJsonName(String name) {
        return Arrays.stream(values()).filter(d -> d.jsonName.equals(name)).findFirst();
    }

    public static Optional<SignedEntityTypeDiscriminant> fromDatabaseId(int id) {
        return Arrays.stream(values()).filter(d -> d.databaseId == id).findFirst();
    }
}
