package io.mithril.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.domain.internal.Hex;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Signed entity types: database ids and beacons, certificate epochs, hash feeds (certificates.md §4). */
class SignedEntityTypeTest {

    @Test
    void devnetTypesSurviveTheDatabaseForm() {
        Set<SignedEntityTypeDiscriminant> seen = EnumSet.noneOf(SignedEntityTypeDiscriminant.class);
        for (Certificate certificate : Fixtures.devnetCertificates().values()) {
            SignedEntityType type = certificate.signedEntityType();
            seen.add(type.discriminant());
            assertEquals(type, SignedEntityTypes.fromDatabase(type.discriminant().databaseId(), type.beaconJson()));
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(SignedEntityTypeDiscriminant.CARDANO_IMMUTABLE_FILES_FULL)),
                seen);
    }

    @Test
    void devnetCertificateEpochs() {
        for (Certificate certificate : Fixtures.devnetCertificates().values()) {
            assertEquals(certificate.epoch(), certificate.signedEntityType().certificateEpoch(), certificate.hash());
        }
    }

    @Test
    void databaseIdsAndBeaconShapesOfTheSpecificationTable() {
        assertEquals(List.of(0, 1, 4, 3, 5, 2), java.util.Arrays.stream(SignedEntityTypeDiscriminant.values())
                .map(SignedEntityTypeDiscriminant::databaseId).toList());
        assertEquals("15", new SignedEntityType.MithrilStakeDistribution(Epoch.of(15)).beaconJson());
        assertEquals("{\"epoch\":23,\"block_number\":689}",
                new SignedEntityType.CardanoTransactions(Epoch.of(23), 689).beaconJson());
        assertEquals("{\"epoch\":23,\"block_number\":705,\"block_number_offset\":1}",
                new SignedEntityType.CardanoBlocksTransactions(Epoch.of(23), 705, 1).beaconJson());
        assertEquals("{\"epoch\":20,\"immutable_file_number\":5}",
                new SignedEntityType.CardanoDatabase(CardanoDbBeacon.of(20, 5)).beaconJson());
        SignedEntityType legacy = new SignedEntityType.CardanoImmutableFilesFull(CardanoDbBeacon.of(20, 5));
        assertEquals(legacy, SignedEntityTypes.fromDatabase(2, legacy.beaconJson()));
        assertTrue(legacy.discriminant().isDiscontinued());
        assertThrows(IllegalArgumentException.class, () -> SignedEntityTypes.fromDatabase(6, "1"));
        assertThrows(IllegalArgumentException.class, () -> SignedEntityTypes.fromDatabase(3, "15"));
    }

    @Test
    void onlyCardanoBlocksTransactionsFeedsItsDiscriminant() {
        // MSD(15) and CSD(15) feed the same 8 bytes (a TODO of the reference acknowledges it)
        assertEquals(Hex.encode(new SignedEntityType.MithrilStakeDistribution(Epoch.of(15)).hashFeed()),
                Hex.encode(new SignedEntityType.CardanoStakeDistribution(Epoch.of(15)).hashFeed()));
        assertEquals(8, new SignedEntityType.MithrilStakeDistribution(Epoch.of(15)).hashFeed().length);
        assertEquals(16, new SignedEntityType.CardanoImmutableFilesFull(CardanoDbBeacon.of(1, 2)).hashFeed().length);
        assertEquals(2 + 24, new SignedEntityType.CardanoBlocksTransactions(Epoch.of(1), 2, 3).hashFeed().length);
    }
}
