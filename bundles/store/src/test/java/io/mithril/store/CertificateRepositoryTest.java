package io.mithril.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certificates of the reference's devnet chain, stored and queried back. */
class CertificateRepositoryTest {
    @TempDir
    Path directory;

    @Test
    void masterCertificateOfEachEpochIsTheParentTheReferenceChose() {
        List<CertificateRecord> chain = DevnetData.certificatesInCreationOrder();
        try (AggregatorStore store = TestStores.openIn(directory)) {
            CertificateRepository certificates = store.certificates();
            int checked = 0;
            for (CertificateRecord certificate : chain) {
                if (!certificate.isGenesis()) {
                    // Before the reference inserted this certificate it chained it to the master certificate.
                    Optional<CertificateRecord> master = certificates.masterCertificateOf(certificate.epoch());
                    assertEquals(certificate.parentCertificateId(), master.map(CertificateRecord::certificateId)
                            .orElse(null), "parent of " + certificate.certificateId());
                    checked++;
                }
                certificates.insert(certificate);
            }
            assertEquals(chain.size() - 1, checked);
        }
    }

    @Test
    void latestTwentyAreTheReferenceListInItsOrder() {
        try (AggregatorStore store = TestStores.withDevnetCertificates(directory)) {
            List<String> latest = store.certificates().latest(20).stream().map(CertificateRecord::certificateId)
                    .toList();
            assertEquals(DevnetData.hashes("certificates-list.json"), latest);
        }
    }

    @Test
    void certificatesReadBackAsStored() {
        List<CertificateRecord> chain = DevnetData.certificatesInCreationOrder();
        try (AggregatorStore store = TestStores.withDevnetCertificates(directory)) {
            for (CertificateRecord certificate : chain) {
                assertEquals(Optional.of(certificate), store.certificates().byHash(certificate.certificateId()));
            }
            assertEquals(chain.size(), store.certificates().count());
            assertEquals(Optional.empty(), store.certificates().byHash("00".repeat(32)));
        }
    }

    @Test
    void parentsLeadFromTheLatestCertificateToTheGenesis() {
        try (AggregatorStore store = TestStores.withDevnetCertificates(directory)) {
            CertificateRepository certificates = store.certificates();
            CertificateRecord current = certificates.latest(1).get(0);
            int steps = 0;
            while (!current.isGenesis()) {
                String expectedParent = current.parentCertificateId();
                current = certificates.parentOf(current.certificateId()).orElseThrow();
                assertEquals(expectedParent, current.certificateId());
                steps++;
            }
            assertTrue(steps > 1);
            assertEquals(current, certificates.latestGenesis().orElseThrow());
            assertEquals(Optional.empty(), certificates.parentOf(current.certificateId()));
            assertEquals(15, current.epoch());
        }
    }

    @Test
    void aCertificateWhoseParentIsUnknownIsRefused() {
        CertificateRecord genesis = DevnetData.certificatesInCreationOrder().get(0);
        CertificateRecord second = DevnetData.certificatesInCreationOrder().get(1);
        try (AggregatorStore store = TestStores.openIn(directory)) {
            StoreException failure = assertThrows(StoreException.class, () -> store.certificates().insert(second));
            assertFalse(failure.isBusy());
            store.certificates().insert(genesis);
            store.certificates().insert(second);
            assertThrows(StoreException.class, () -> store.certificates().insert(second), "duplicate hash");
            assertEquals(2, store.certificates().count());
        }
    }

    @Test
    void noMasterCertificateBeforeTheGenesis() {
        try (AggregatorStore store = TestStores.openIn(directory)) {
            assertEquals(Optional.empty(), store.certificates().masterCertificateOf(20));
            assertEquals(Optional.empty(), store.certificates().latestGenesis());
            assertEquals(List.of(), store.certificates().latest(20));
        }
    }

    /** The follower's chain synchronisation: a re-synchronised certificate becomes the latest, children keep it. */
    @Test
    void insertOrReplaceMovesAStoredCertificateToTheEndAndKeepsItsChildren() {
        List<CertificateRecord> chain = DevnetData.certificatesInCreationOrder();
        try (AggregatorStore store = TestStores.openIn(directory)) {
            assertThrows(StoreException.class, () -> store.certificates().insertOrReplace(chain.get(1)),
                    "its parent is unknown");
            store.certificates().insertOrReplace(chain.get(0));
            store.certificates().insert(chain.get(1));
            store.certificates().insert(chain.get(2));
            store.certificates().insertOrReplace(chain.get(1));
            assertEquals(3, store.certificates().count());
            assertEquals(chain.get(1).certificateId(), store.certificates().latest(1).get(0).certificateId());
            assertEquals(chain.get(1), store.certificates().byHash(chain.get(1).certificateId()).orElseThrow());
            assertEquals(chain.get(1).certificateId(),
                    store.certificates().parentOf(chain.get(2).certificateId()).orElseThrow().certificateId());
        }
    }
}
