package io.mithril.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention (aggregator.md §2.7) and VACUUM. */
class MaintenanceTest {
    private static final Instant T0 = Instant.parse("2026-05-21T14:42:19Z");

    @TempDir
    Path directory;

    private static void fillEpochs(AggregatorStore store, long from, long to) {
        store.signers().markRegistered("pool1a", T0);
        for (long epoch = from; epoch <= to; epoch++) {
            store.epochSettings().insertIfAbsent(new EpochSettingRecord(epoch, "{}", null, null));
            store.stakePools().save(epoch, Map.of("pool1a", epoch), T0);
            store.signerRegistrations().save(new SignerRegistrationRecord("pool1a", epoch, "vk", null, null, null,
                    epoch, T0, null, null));
        }
    }

    private static List<Long> epochsWithSettings(AggregatorStore store, long from, long to) {
        return LongStream.rangeClosed(from, to).filter(e -> store.epochSettings().byEpoch(e).isPresent()).boxed()
                .toList();
    }

    @Test
    void retentionKeepsTheLastEpochsAsTheReferenceDoes() {
        try (AggregatorStore store = TestStores.openIn(directory)) {
            fillEpochs(store, 1, 21);
            store.maintenance().applyRetention(20, 5); // N = 20, L = 5

            // stake_pool: epoch < N − L = 15 deleted
            assertTrue(store.stakePools().byEpoch(14).isEmpty());
            assertFalse(store.stakePools().byEpoch(15).isEmpty());
            // signer_registration: epoch < N + 1 − L = 16 deleted
            assertTrue(store.signerRegistrations().byEpoch(15).isEmpty());
            assertEquals(1, store.signerRegistrations().byEpoch(16).size());
            // epoch_setting: id < N − L = 15 deleted
            assertEquals(LongStream.rangeClosed(15, 21).boxed().toList(), epochsWithSettings(store, 1, 21));
            // never pruned
            assertTrue(store.signers().byId("pool1a").isPresent());
        }
    }

    @Test
    void retentionNeverKeepsFewerThanThreeEpochs() {
        try (AggregatorStore store = TestStores.openIn(directory)) {
            fillEpochs(store, 1, 11);
            store.maintenance().applyRetention(10, 1); // effective L = 3
            assertEquals(LongStream.rangeClosed(7, 11).boxed().toList(), epochsWithSettings(store, 1, 11));
            assertTrue(store.stakePools().byEpoch(6).isEmpty());
            assertFalse(store.stakePools().byEpoch(7).isEmpty());
            assertTrue(store.signerRegistrations().byEpoch(7).isEmpty());
            assertEquals(1, store.signerRegistrations().byEpoch(8).size());
        }
    }

    @Test
    void vacuumIsDueWithoutAMarkerOrAfterAWeek() throws Exception {
        try (AggregatorStore store = TestStores.openIn(directory)) {
            Path marker = directory.resolve("last_vacuum_time");
            assertTrue(store.maintenance().vacuumIfDue());
            assertTrue(Files.exists(marker));
            assertFalse(store.maintenance().vacuumIfDue(), "vacuumed just now");
            Files.writeString(marker, "2020-01-01T00:00:00+00:00");
            assertTrue(store.maintenance().vacuumIfDue());
            Files.writeString(marker, "garbage");
            assertTrue(store.maintenance().vacuumIfDue());
        }
    }
}
