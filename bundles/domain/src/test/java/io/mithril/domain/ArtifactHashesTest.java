package io.mithril.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.domain.message.CardanoBlocksTransactionsSnapshotMessage;
import io.mithril.domain.message.CardanoDatabaseSnapshotMessage;
import io.mithril.domain.message.CardanoStakeDistributionMessage;
import io.mithril.domain.message.CardanoTransactionSnapshotMessage;
import io.mithril.domain.message.MithrilStakeDistributionMessage;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every artifact hash of testdata/devnet-chain recomputes, plus the reference's unit-test vectors. */
class ArtifactHashesTest {

    @Test
    void mithrilStakeDistributions() {
        assertEquals(9, assertHashes("mithril-stake-distributions.json", MithrilStakeDistributionMessage.class,
                MithrilStakeDistributionMessage::toArtifact));
    }

    @Test
    void cardanoStakeDistributions() {
        assertEquals(9, assertHashes("cardano-stake-distributions.json", CardanoStakeDistributionMessage.class,
                CardanoStakeDistributionMessage::toArtifact));
    }

    @Test
    void cardanoDatabases() {
        assertEquals(11, assertHashes("cardano-databases.json", CardanoDatabaseSnapshotMessage.class,
                CardanoDatabaseSnapshotMessage::toArtifact));
    }

    @Test
    void cardanoTransactions() {
        assertEquals(18, assertHashes("ctx-snapshots.json", CardanoTransactionSnapshotMessage.class,
                CardanoTransactionSnapshotMessage::toArtifact));
        assertEquals(18, assertListHashes("ctx-snapshots-list.json", CardanoTransactionSnapshotMessage.class,
                CardanoTransactionSnapshotMessage::toArtifact));
    }

    @Test
    void cardanoBlocksTransactions() {
        assertEquals(17, assertHashes("cardano-blocks-txs-snapshots.json",
                CardanoBlocksTransactionsSnapshotMessage.class, CardanoBlocksTransactionsSnapshotMessage::toArtifact));
        assertEquals(17, assertListHashes("cardano-blocks-txs-snapshots-list.json",
                CardanoBlocksTransactionsSnapshotMessage.class, CardanoBlocksTransactionsSnapshotMessage::toArtifact));
    }

    @Test
    void referenceUnitTestVectors() {
        // cardano-data.md §1.3, §3.3, §3.4, §4
        assertEquals("b1cc5e0deaa7856e8e811e349d6e639fa667aa70288602955f438c5893ce29c8",
                new CardanoDatabaseSnapshot("mk-root-123", "devnet", CardanoDbBeacon.of(123, 0), 0, null, null, null,
                        null).computeHash());
        assertEquals("fac28cf7aa07922258d7d3ad8b16d859d8a3b812822b90050cddbc2e6671aab5",
                new CardanoTransactionsSnapshot("mk-root-123", Epoch.of(1), 50).computeHash());
        assertEquals("d99fe4ea053d416de6726deef785766e44970351e63172521f4783f23c8cb66c",
                new CardanoBlocksTransactionsSnapshot("mk-root-123", Epoch.of(1), 50, 65).computeHash());
        assertEquals("7144dda132aa4fe758df8da5f85a774cef602ce85c8554baeeea006866710154",
                CardanoStakeDistribution.of(Epoch.of(1), Map.of("pool-2", 200L, "pool-1", 100L)).computeHash());
    }

    private static <M> int assertHashes(String file, Class<M> type, Function<M, Artifact> toArtifact) {
        JsonNode byHash = Fixtures.devnet(file);
        byHash.fields().forEachRemaining(entry -> {
            Artifact artifact = toArtifact.apply(Fixtures.convert(entry.getValue(), type));
            assertEquals(entry.getKey(), entry.getValue().get("hash").asText());
            assertEquals(entry.getKey(), artifact.computeHash(), file + " " + entry.getKey());
        });
        return byHash.size();
    }

    private static <M> int assertListHashes(String file, Class<M> type, Function<M, Artifact> toArtifact) {
        JsonNode list = Fixtures.devnet(file);
        for (JsonNode item : list) {
            assertEquals(item.get("hash").asText(), toArtifact.apply(Fixtures.convert(item, type)).computeHash());
        }
        return list.size();
    }
}
