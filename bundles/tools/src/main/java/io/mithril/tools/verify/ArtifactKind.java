package io.mithril.tools.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mithril.domain.Artifact;
import io.mithril.domain.message.CardanoBlocksTransactionsSnapshotMessage;
import io.mithril.domain.message.CardanoDatabaseSnapshotMessage;
import io.mithril.domain.message.CardanoStakeDistributionMessage;
import io.mithril.domain.message.CardanoTransactionSnapshotMessage;
import io.mithril.domain.message.MithrilJson;
import io.mithril.domain.message.MithrilStakeDistributionMessage;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The artifact types whose detail messages can be checked against their certificates: where a reference-shaped data
 * directory keeps them (a map hash → detail, as in testdata/devnet-chain) and where an aggregator serves them.
 */
public enum ArtifactKind {
    MITHRIL_STAKE_DISTRIBUTION("MithrilStakeDistribution", "mithril-stake-distributions.json",
            "/artifact/mithril-stake-distributions", "/artifact/mithril-stake-distribution/",
            node -> read(node, MithrilStakeDistributionMessage.class).toArtifact()),
    CARDANO_STAKE_DISTRIBUTION("CardanoStakeDistribution", "cardano-stake-distributions.json",
            "/artifact/cardano-stake-distributions", "/artifact/cardano-stake-distribution/",
            node -> read(node, CardanoStakeDistributionMessage.class).toArtifact()),
    CARDANO_DATABASE("CardanoDatabase", "cardano-databases.json", "/artifact/cardano-database",
            "/artifact/cardano-database/", node -> read(node, CardanoDatabaseSnapshotMessage.class).toArtifact()),
    CARDANO_TRANSACTIONS("CardanoTransactions", "ctx-snapshots.json", "/artifact/cardano-transactions",
            "/artifact/cardano-transaction/", node -> read(node, CardanoTransactionSnapshotMessage.class).toArtifact()),
    CARDANO_BLOCKS_TRANSACTIONS("CardanoBlocksTransactions", "cardano-blocks-txs-snapshots.json",
            "/artifact/cardano-blocks-transactions", "/artifact/cardano-blocks-transactions/",
            node -> read(node, CardanoBlocksTransactionsSnapshotMessage.class).toArtifact());

    private static final ObjectMapper JSON = MithrilJson.newObjectMapper();

    private final String discriminant;
    private final String detailFile;
    private final String listRoute;
    private final String detailRoutePrefix;
    private final Function<JsonNode, Artifact> reader;

    ArtifactKind(String discriminant, String detailFile, String listRoute, String detailRoutePrefix,
            Function<JsonNode, Artifact> reader) {
        this.discriminant = discriminant;
        this.detailFile = detailFile;
        this.listRoute = listRoute;
        this.detailRoutePrefix = detailRoutePrefix;
        this.reader = reader;
    }

    public String discriminant() {
        return discriminant;
    }

    /** The file of a data directory holding every detail message of this type, keyed by hash. */
    public String detailFile() {
        return detailFile;
    }

    public String listRoute() {
        return listRoute;
    }

    public String detailRoute(String hash) {
        return detailRoutePrefix + hash;
    }

    /**
     * The domain artifact of a detail message.
     *
     * @throws IllegalArgumentException when the message does not have this type's shape
     */
    public Artifact read(JsonNode detail) {
        return reader.apply(detail);
    }

    public static Optional<ArtifactKind> ofDiscriminant(String discriminant) {
        return Arrays.stream(values()).filter(k -> k.discriminant.equals(discriminant)).findFirst();
    }

    private static <T> T read(JsonNode node, Class<T> type) {
        return JSON.convertValue(node, type);
    }
}
