package io.mithril.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mithril.domain.CardanoDbBeacon;
import io.mithril.domain.Epoch;
import io.mithril.domain.Fixtures;
import io.mithril.domain.SignedEntityType;
import org.junit.jupiter.api.Test;

/** The entity-type classification of aggregator.md §1.4 step 2 (known → process, discontinued → 410, else 400). */
class RegisterSignatureMessageTest {

    @Test
    void knownShapesAreProcessed() throws Exception {
        assertEquals(new SignedEntityType.MithrilStakeDistribution(Epoch.of(5)), classify("{\"MithrilStakeDistribution\":5}", RegisterSignatureMessage.EntityTypeClass.KNOWN));
        assertEquals(new SignedEntityType.CardanoStakeDistribution(Epoch.of(5)), classify("{\"CardanoStakeDistribution\":5}", RegisterSignatureMessage.EntityTypeClass.KNOWN));
        assertEquals(new SignedEntityType.CardanoDatabase(CardanoDbBeacon.of(10, 1728)),
                classify("{\"CardanoDatabase\":{\"epoch\":10,\"immutable_file_number\":1728}}", RegisterSignatureMessage.EntityTypeClass.KNOWN));
        assertEquals(new SignedEntityType.CardanoTransactions(Epoch.of(23), 689),
                classify("{\"CardanoTransactions\":[23,689]}", RegisterSignatureMessage.EntityTypeClass.KNOWN));
        assertEquals(new SignedEntityType.CardanoBlocksTransactions(Epoch.of(23), 705, 1),
                classify("{\"CardanoBlocksTransactions\":[23,705,1]}", RegisterSignatureMessage.EntityTypeClass.KNOWN));
    }

    @Test
    void theLegacyTypeIsDiscontinuedWhateverItsPayload() throws Exception {
        classify("{\"CardanoImmutableFilesFull\":{\"epoch\":10,\"immutable_file_number\":1}}", RegisterSignatureMessage.EntityTypeClass.DISCONTINUED);
        classify("{\"CardanoImmutableFilesFull\":\"anything\"}", RegisterSignatureMessage.EntityTypeClass.DISCONTINUED);
    }

    @Test
    void unknownNamesAndMalformedPayloadsAreUnknown() throws Exception {
        classify("{\"CardanoSomething\":5}", RegisterSignatureMessage.EntityTypeClass.UNKNOWN);
        classify("{\"CardanoTransactions\":[23]}", RegisterSignatureMessage.EntityTypeClass.UNKNOWN);
        classify("{\"MithrilStakeDistribution\":\"5\"}", RegisterSignatureMessage.EntityTypeClass.UNKNOWN);
        classify("\"MithrilStakeDistribution\"", RegisterSignatureMessage.EntityTypeClass.UNKNOWN);
    }

    private static SignedEntityType classify(String entityTypeJson, RegisterSignatureMessage.EntityTypeClass expected)
            throws Exception {
        String body = "{\"entity_type\":" + entityTypeJson
                + ",\"party_id\":\"p\",\"signature\":\"7b7d\",\"indexes\":[1],\"signed_message\":\"00\"}";
        RegisterSignatureMessage message = Fixtures.MAPPER.readValue(body, RegisterSignatureMessage.class);
        assertEquals(expected, message.classifyEntityType());
        return expected == RegisterSignatureMessage.EntityTypeClass.KNOWN ? message.signedEntityType() : null;
    }
}
