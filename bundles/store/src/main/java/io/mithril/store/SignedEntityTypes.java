package io.mithril.store;

import java.util.Map;
import java.util.Optional;

/**
 * The reference's <code>signed_entity_type</code> ids (certificates.md §4). Id 2 (CardanoImmutableFilesFull) was
 * dropped by the reference and is never used. Third-party types register their own ids (≥ 1000) with
 * {@link SignedEntityTypeRepository#register(int, String)}.
 */
public final class SignedEntityTypes {
    public static final int MITHRIL_STAKE_DISTRIBUTION = 0;
    public static final int CARDANO_STAKE_DISTRIBUTION = 1;
    public static final int CARDANO_TRANSACTIONS = 3;
    public static final int CARDANO_DATABASE = 4;
    public static final int CARDANO_BLOCKS_TRANSACTIONS = 5;

    private static final Map<String, Integer> BUILT_IN = Map.of(
            "MithrilStakeDistribution", MITHRIL_STAKE_DISTRIBUTION,
            "CardanoStakeDistribution", CARDANO_STAKE_DISTRIBUTION,
            "CardanoTransactions", CARDANO_TRANSACTIONS,
            "CardanoDatabase", CARDANO_DATABASE,
            "CardanoBlocksTransactions", CARDANO_BLOCKS_TRANSACTIONS);

    private SignedEntityTypes() {
    }

    /** The id of a built-in discriminant (e.g. <code>MithrilStakeDistribution</code>). */
    public static Optional<Integer> builtInId(String discriminant) {
        return Optional.ofNullable(BUILT_IN.get(discriminant));
    }
}
