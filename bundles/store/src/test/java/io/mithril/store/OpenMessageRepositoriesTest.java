package io.mithril.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open messages with their single signatures, and the signature buffer (aggregator.md §2.4, §1.4). */
class OpenMessageRepositoriesTest {
    private static final Instant T0 = Instant.parse("2026-05-21T14:42:19.370724Z");
    private static final String CDB_BEACON = "{\"epoch\":24,\"immutable_file_number\":6}";

    @TempDir
    Path directory;

    private AggregatorStore store;

    @BeforeEach
    void open() {
        store = TestStores.openIn(directory);
        for (long epoch = 22; epoch <= 25; epoch++) {
            store.epochSettings().insertIfAbsent(new EpochSettingRecord(epoch, "{\"k\":5,\"m\":100,\"phi_f\":0.65}",
                    null, null));
        }
        store.signers().markRegistered("pool1a", T0);
        store.signers().markRegistered("pool1b", T0);
        for (String signer : List.of("pool1a", "pool1b")) {
            store.signerRegistrations().save(new SignerRegistrationRecord(signer, 23, "vk-" + signer, null, null,
                    null, 10L, T0, null, null));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private OpenMessageRecord message(String id, long epoch, int type, String beacon, Duration timeout) {
        return new OpenMessageRecord(id, epoch, beacon, type, "{\"message_parts\":{}}", false, false, T0,
                timeout == null ? null : T0.plus(timeout));
    }

    @Test
    void openMessagesAreFoundByTypeAndCanonicalBeacon() {
        OpenMessageRecord msd = message("7f1c6e0e-0000-4000-8000-000000000001", 24,
                SignedEntityTypes.MITHRIL_STAKE_DISTRIBUTION, "24", Duration.ofHours(1));
        OpenMessageRecord cdb = message("7f1c6e0e-0000-4000-8000-000000000002", 24,
                SignedEntityTypes.CARDANO_DATABASE, CDB_BEACON, Duration.ofMinutes(10));
        store.openMessages().insert(msd);
        store.openMessages().insert(cdb);

        assertEquals(Optional.of(msd), store.openMessages().byTypeAndBeacon(0, "24"));
        assertEquals(Optional.of(cdb), store.openMessages().byTypeAndBeacon(4, CDB_BEACON));
        assertEquals(Optional.empty(), store.openMessages().byTypeAndBeacon(1, "24"));
        assertEquals(Optional.empty(), store.openMessages().byTypeAndBeacon(4, "{\"epoch\":24,\"immutable_file_number\":7}"));
        assertEquals(List.of(msd, cdb), store.openMessages().byEpoch(24));
        assertEquals(Optional.of(cdb), store.openMessages().byId(cdb.openMessageId()));

        OpenMessageRecord duplicate = message("7f1c6e0e-0000-4000-8000-000000000003", 24, 0, "24", null);
        assertThrows(StoreException.class, () -> store.openMessages().insert(duplicate));
    }

    @Test
    void certifiedAndExpiredFlags() {
        OpenMessageRecord msd = message("m1", 24, 0, "24", Duration.ofHours(1));
        OpenMessageRecord cdbOld = message("m2", 24, 4, CDB_BEACON, Duration.ofMinutes(10));
        OpenMessageRecord cdbNew = message("m3", 24, 4, "{\"epoch\":24,\"immutable_file_number\":7}",
                Duration.ofMinutes(30));
        OpenMessageRecord forever = message("m4", 24, 4, "{\"epoch\":24,\"immutable_file_number\":8}", null);
        List.of(msd, cdbOld, cdbNew, forever).forEach(store.openMessages()::insert);

        assertTrue(store.openMessages().markCertified("m1"));
        assertFalse(store.openMessages().markCertified("nope"));
        Instant now = T0.plus(Duration.ofMinutes(20));
        List<OpenMessageRecord> expired = store.openMessages().markExpired(4, now);
        assertEquals(List.of("m2"), expired.stream().map(OpenMessageRecord::openMessageId).toList());
        assertTrue(expired.get(0).expired());
        assertEquals(List.of(), store.openMessages().markExpired(4, now), "already expired");
        assertEquals(List.of(), store.openMessages().markExpired(0, T0.plus(Duration.ofDays(1))), "certified");

        assertTrue(store.openMessages().byId("m1").orElseThrow().certified());
        assertTrue(store.openMessages().byId("m2").orElseThrow().expired());
        assertFalse(store.openMessages().byId("m3").orElseThrow().expired());
    }

    @Test
    void signaturesAreDeletedWithTheirOpenMessage() {
        store.openMessages().insert(message("old", 23, 0, "23", null));
        store.openMessages().insert(message("current", 24, 0, "24", null));
        SingleSignatureRecord a = new SingleSignatureRecord("current", "pool1a", 23, "[1,5,9]", "sig-a", T0);
        SingleSignatureRecord b = new SingleSignatureRecord("current", "pool1b", 23, "[2]", "sig-b", T0);
        store.singleSignatures().save(b);
        store.singleSignatures().save(a);
        store.singleSignatures().save(new SingleSignatureRecord("old", "pool1a", 23, "[3]", "sig-old", T0));
        assertEquals(List.of(a, b), store.singleSignatures().byOpenMessage("current"));

        SingleSignatureRecord again = new SingleSignatureRecord("current", "pool1a", 23, "[1]", "sig-a2", T0);
        store.singleSignatures().save(again);
        assertEquals(List.of(again, b), store.singleSignatures().byOpenMessage("current"));

        assertEquals(1, store.openMessages().deleteBeforeEpoch(24));
        assertEquals(List.of(), store.singleSignatures().byOpenMessage("old"));
        assertEquals(List.of("current"), store.openMessages().byEpoch(24).stream()
                .map(OpenMessageRecord::openMessageId).toList());
    }

    @Test
    void aSignatureNeedsTheSignersRegistration() {
        store.openMessages().insert(message("current", 24, 0, "24", null));
        SingleSignatureRecord unregistered = new SingleSignatureRecord("current", "pool1z", 23, "[1]", "sig", T0);
        assertThrows(StoreException.class, () -> store.singleSignatures().save(unregistered));
    }

    @Test
    void bufferedSignaturesAreReplacedRemovedAndDrained() {
        BufferedSignatureRepository buffer = store.bufferedSignatures();
        buffer.buffer(new BufferedSignatureRecord(4, "pool1a", "[1]", "s1", T0));
        buffer.buffer(new BufferedSignatureRecord(4, "pool1b", "[2]", "s2", T0));
        buffer.buffer(new BufferedSignatureRecord(0, "pool1a", "[3]", "s3", T0));
        BufferedSignatureRecord newer = new BufferedSignatureRecord(4, "pool1a", "[4]", "s4", T0.plusSeconds(1));
        buffer.buffer(newer);

        assertEquals(List.of(newer, new BufferedSignatureRecord(4, "pool1b", "[2]", "s2", T0)), buffer.byType(4));
        assertEquals(1, buffer.remove(4, Set.of("pool1b", "pool1q")));
        assertEquals(0, buffer.remove(4, Set.of()));
        assertEquals(List.of(newer), buffer.drain(4));
        assertEquals(List.of(), buffer.byType(4));
        assertEquals(1, buffer.byType(0).size());
    }

    @Test
    void transactionsSpanRepositoriesAndRollBackTogether() {
        store.openMessages().insert(message("current", 24, 0, "24", null));
        RuntimeException failure = assertThrows(RuntimeException.class, () -> store.transactions().inTransaction(() -> {
            store.openMessages().markCertified("current");
            store.bufferedSignatures().buffer(new BufferedSignatureRecord(0, "pool1a", "[1]", "s", T0));
            throw new IllegalStateException("certificate rejected");
        }));
        assertEquals("certificate rejected", failure.getMessage());
        assertFalse(store.openMessages().byId("current").orElseThrow().certified());
        assertEquals(List.of(), store.bufferedSignatures().byType(0));

        store.transactions().inTransaction(() -> {
            store.openMessages().markCertified("current");
            // Reads inside the transaction see its writes.
            assertTrue(store.openMessages().byId("current").orElseThrow().certified());
        });
        assertTrue(store.openMessages().byId("current").orElseThrow().certified());
    }
}
