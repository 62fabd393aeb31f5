package io.mithril.domain.message;

import static io.mithril.domain.JsonAssertions.assertSameJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.domain.Artifact;
import io.mithril.domain.Fixtures;
import io.mithril.domain.SignedEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of testdata/devnet-chain parses into its message type and re-serialises to the same JSON (same fields,
 * values and field order). Detail messages also go through the domain model and back.
 */
class DevnetMessagesRoundTripTest {

    /** Index files of the fake aggregator (not API messages): which proofs the data set holds. */
    record TransactionHashEntry(@JsonProperty("transaction_hash") String transactionHash) {
    }

    record BlockHashEntry(@JsonProperty("block_hash") String blockHash) {
    }

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("certificates.json", CertificateMessage.class),
                Arguments.of("certificates-list.json", CertificateListItemMessage.class),
                Arguments.of("mithril-stake-distributions.json", MithrilStakeDistributionMessage.class),
                Arguments.of("mithril-stake-distributions-list.json", MithrilStakeDistributionListItemMessage.class),
                Arguments.of("cardano-stake-distributions.json", CardanoStakeDistributionMessage.class),
                Arguments.of("cardano-stake-distributions-list.json", CardanoStakeDistributionListItemMessage.class),
                Arguments.of("cardano-databases.json", CardanoDatabaseSnapshotMessage.class),
                Arguments.of("cardano-databases-list.json", CardanoDatabaseSnapshotListItemMessage.class),
                Arguments.of("ctx-snapshots.json", CardanoTransactionSnapshotMessage.class),
                Arguments.of("ctx-snapshots-list.json", CardanoTransactionSnapshotMessage.class),
                Arguments.of("cardano-blocks-txs-snapshots.json", CardanoBlocksTransactionsSnapshotMessage.class),
                Arguments.of("cardano-blocks-txs-snapshots-list.json",
                        CardanoBlocksTransactionsSnapshotMessage.class),
                Arguments.of("epoch-settings.json", EpochSettingsMessage.class),
                Arguments.of("status.json", AggregatorStatusMessage.class),
                Arguments.of("ctx-proofs.json", CardanoTransactionsProofsMessage.class),
                Arguments.of("ctx-proofs-v2.json", CardanoTransactionsProofsV2Message.class),
                Arguments.of("cblk-proofs.json", CardanoBlocksProofsMessage.class),
                Arguments.of("ctx-proofs-list.json", TransactionHashEntry.class),
                Arguments.of("ctx-proofs-v2-list.json", TransactionHashEntry.class),
                Arguments.of("cblk-proofs-list.json", BlockHashEntry.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyFixtureFileRoundTrips(String file, Class<?> type) {
        JsonNode content = file.contains("proofs") ? Fixtures.sharedJson("devnet-chain/" + file)
                : Fixtures.devnet(file);
        List<JsonNode> messages = messagesOf(file, content);
        assertTrue(!messages.isEmpty(), file + " holds messages");
        for (JsonNode message : messages) {
            assertSameJson(message, Fixtures.convert(message, type), file);
        }
    }

    @Test
    void certificatesRoundTripThroughTheDomainModel() {
        for (JsonNode message : values(Fixtures.devnet("certificates.json"))) {
            CertificateMessage parsed = Fixtures.convert(message, CertificateMessage.class);
            assertSameJson(message, CertificateMessage.from(parsed.toDomain()), "certificate " + parsed.hash());
        }
    }

    @Test
    void artifactsRoundTripThroughTheDomainModel() {
        assertDomainRoundTrip("mithril-stake-distributions.json", MithrilStakeDistributionMessage.class,
                m -> MithrilStakeDistributionMessage.from(entity(m.toArtifact(), m.certificateHash(), m.createdAt())));
        assertDomainRoundTrip("cardano-stake-distributions.json", CardanoStakeDistributionMessage.class,
                m -> CardanoStakeDistributionMessage.from(entity(m.toArtifact(), m.certificateHash(), m.createdAt())));
        assertDomainRoundTrip("cardano-databases.json", CardanoDatabaseSnapshotMessage.class,
                m -> CardanoDatabaseSnapshotMessage.from(entity(m.toArtifact(), m.certificateHash(), m.createdAt())));
        assertDomainRoundTrip("ctx-snapshots.json", CardanoTransactionSnapshotMessage.class,
                m -> CardanoTransactionSnapshotMessage.from(
                        entity(m.toArtifact(), m.certificateHash(), m.createdAt())));
        assertDomainRoundTrip("cardano-blocks-txs-snapshots.json", CardanoBlocksTransactionsSnapshotMessage.class,
                m -> CardanoBlocksTransactionsSnapshotMessage.from(
                        entity(m.toArtifact(), m.certificateHash(), m.createdAt())));
    }

    @Test
    void artifactListItemsAreBuiltFromTheDetails() {
        JsonNode details = Fixtures.devnet("cardano-databases.json");
        for (JsonNode item : Fixtures.devnet("cardano-databases-list.json")) {
            CardanoDatabaseSnapshotMessage detail = Fixtures.convert(details.get(item.get("hash").asText()),
                    CardanoDatabaseSnapshotMessage.class);
            assertSameJson(item, CardanoDatabaseSnapshotListItemMessage.from(
                    entity(detail.toArtifact(), detail.certificateHash(), detail.createdAt())), "CDB list item");
        }
        JsonNode msds = Fixtures.devnet("mithril-stake-distributions.json");
        for (JsonNode item : Fixtures.devnet("mithril-stake-distributions-list.json")) {
            MithrilStakeDistributionMessage detail = Fixtures.convert(msds.get(item.get("hash").asText()),
                    MithrilStakeDistributionMessage.class);
            assertSameJson(item, MithrilStakeDistributionListItemMessage.from(
                    entity(detail.toArtifact(), detail.certificateHash(), detail.createdAt())), "MSD list item");
        }
        JsonNode csds = Fixtures.devnet("cardano-stake-distributions.json");
        for (JsonNode item : Fixtures.devnet("cardano-stake-distributions-list.json")) {
            CardanoStakeDistributionMessage detail = Fixtures.convert(csds.get(item.get("hash").asText()),
                    CardanoStakeDistributionMessage.class);
            assertSameJson(item, CardanoStakeDistributionListItemMessage.from(
                    entity(detail.toArtifact(), detail.certificateHash(), detail.createdAt())), "CSD list item");
        }
    }

    private static <M> void assertDomainRoundTrip(String file, Class<M> type, Function<M, Object> throughDomain) {
        List<JsonNode> messages = values(Fixtures.devnet(file));
        for (JsonNode message : messages) {
            assertSameJson(message, throughDomain.apply(Fixtures.convert(message, type)), file);
        }
        assertEquals(Fixtures.devnet(file).size(), messages.size());
    }

    private static <T extends Artifact> SignedEntity<T> entity(T artifact, String certificateHash,
                                                               java.time.Instant createdAt) {
        return new SignedEntity<>(artifact, certificateHash, createdAt);
    }

    /** Files are either one message, a list of messages, or a map from id to message. */
    private static List<JsonNode> messagesOf(String file, JsonNode content) {
        if (content.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            content.forEach(items::add);
            return items;
        }
        if (file.equals("status.json") || file.equals("epoch-settings.json")) {
            return List.of(content);
        }
        return values(content);
    }

    private static List<JsonNode> values(JsonNode map) {
        List<JsonNode> values = new ArrayList<>();
        map.fields().forEachRemaining(e -> values.add(e.getValue()));
        return values;
    }
}
