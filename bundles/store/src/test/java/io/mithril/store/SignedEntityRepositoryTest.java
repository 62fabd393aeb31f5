package io.mithril.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.spi.signedentity.ArtifactRepository;
import io.mithril.spi.signedentity.StoredArtifact;

/** The reference's devnet artifacts (Cardano database snapshots, Cardano stake distributions). */
class SignedEntityRepositoryTest {
    @TempDir
    Path directory;

    private AggregatorStore store;
    private List<SignedEntityRecord> databases;
    private List<SignedEntityRecord> stakeDistributions;

    @BeforeEach
    void storeDevnetArtifacts() {
        store = TestStores.withDevnetCertificates(directory);
        databases = DevnetData.signedEntities("cardano-databases.json", SignedEntityTypes.CARDANO_DATABASE);
        stakeDistributions = DevnetData.signedEntities("cardano-stake-distributions.json",
                SignedEntityTypes.CARDANO_STAKE_DISTRIBUTION);
        databases.forEach(store.signedEntities()::insert);
        stakeDistributions.forEach(store.signedEntities()::insert);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @Test
    void latestOfATypeIsTheReferenceListInItsOrder() {
        assertEquals(DevnetData.hashes("cardano-databases-list.json"), ids(store.signedEntities()
                .latestOfType(SignedEntityTypes.CARDANO_DATABASE, 20)));
        assertEquals(DevnetData.hashes("cardano-stake-distributions-list.json"), ids(store.signedEntities()
                .latestOfType(SignedEntityTypes.CARDANO_STAKE_DISTRIBUTION, 20)));
        assertEquals(3, store.signedEntities().latestOfType(SignedEntityTypes.CARDANO_DATABASE, 3).size());
        assertEquals(List.of(), store.signedEntities().latestOfType(SignedEntityTypes.CARDANO_TRANSACTIONS, 20));
    }

    @Test
    void artifactsReadBackByTypeAndId() {
        for (SignedEntityRecord row : databases) {
            assertEquals(Optional.of(row), store.signedEntities().byTypeAndId(row.signedEntityTypeId(),
                    row.signedEntityId()));
            assertEquals(Optional.of(row), store.signedEntities().byCertificateHash(row.certificateId()));
        }
        SignedEntityRecord first = databases.get(0);
        assertEquals(Optional.empty(), store.signedEntities()
                .byTypeAndId(SignedEntityTypes.CARDANO_STAKE_DISTRIBUTION, first.signedEntityId()));
    }

    @Test
    void beaconEpochWorksForObjectAndBareEpochBeacons() {
        for (SignedEntityRecord row : databases) {
            long epoch = DevnetData.load("cardano-databases.json").get(row.signedEntityId()).get("beacon")
                    .get("epoch").asLong();
            List<SignedEntityRecord> found = store.signedEntities()
                    .byTypeAndBeaconEpoch(SignedEntityTypes.CARDANO_DATABASE, epoch, 20);
            assertTrue(found.contains(row), "epoch " + epoch);
            found.forEach(other -> assertTrue(other.beacon().contains("\"epoch\":" + epoch)));
        }
        for (SignedEntityRecord row : stakeDistributions) {
            long epoch = Long.parseLong(row.beacon());
            assertEquals(List.of(row), store.signedEntities()
                    .byTypeAndBeaconEpoch(SignedEntityTypes.CARDANO_STAKE_DISTRIBUTION, epoch, 20));
        }
        assertEquals(List.of(), store.signedEntities()
                .byTypeAndBeaconEpoch(SignedEntityTypes.CARDANO_STAKE_DISTRIBUTION, 99, 20));
    }

    @Test
    void theSpiViewUsesDiscriminants() {
        ArtifactRepository artifacts = store.artifacts();
        List<StoredArtifact> latest = artifacts.latest("CardanoDatabase", 20);
        assertEquals(DevnetData.hashes("cardano-databases-list.json"), latest.stream().map(StoredArtifact::hash)
                .toList());
        SignedEntityRecord csd = stakeDistributions.get(0);
        StoredArtifact artifact = artifacts.byHash("CardanoStakeDistribution", csd.signedEntityId()).orElseThrow();
        assertEquals(new StoredArtifact("CardanoStakeDistribution", csd.signedEntityId(), csd.certificateId(),
                csd.beacon(), csd.artifact(), csd.createdAt()), artifact);
        assertEquals(List.of(artifact), artifacts.byBeaconEpoch("CardanoStakeDistribution",
                Long.parseLong(csd.beacon()), 20));
        assertEquals(List.of(), artifacts.latest("NoSuchType", 20));
        assertEquals(Optional.empty(), artifacts.byHash("CardanoDatabase", csd.signedEntityId()));
    }

    @Test
    void aThirdPartyTypeIsFoundByItsRegisteredName() {
        store.signedEntityTypes().register(1000, "ExampleEntity");
        store.signedEntityTypes().register(1000, "ExampleEntity"); // idempotent
        assertEquals(Optional.of(1000), store.signedEntityTypes().idOf("ExampleEntity"));
        assertEquals(Optional.of(4), store.signedEntityTypes().idOf("CardanoDatabase"));
        assertEquals(List.of(0, 1, 3, 4, 5, 1000), List.copyOf(store.signedEntityTypes().all().keySet()));
    }

    @Test
    void oneArtifactPerTypeAndBeacon() {
        SignedEntityRecord row = databases.get(0);
        SignedEntityRecord sameBeacon = new SignedEntityRecord("ff".repeat(32), row.signedEntityTypeId(),
                row.certificateId(), row.beacon(), row.artifact(), row.createdAt());
        assertThrows(StoreException.class, () -> store.signedEntities().insert(sameBeacon));
    }

    private static List<String> ids(List<SignedEntityRecord> rows) {
        return rows.stream().map(SignedEntityRecord::signedEntityId).toList();
    }
}
