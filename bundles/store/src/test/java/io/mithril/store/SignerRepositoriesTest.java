package io.mithril.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Epoch settings, signers, registrations and stakes, with the devnet's epoch-settings message (epoch 24). */
class SignerRepositoriesTest {
    private static final Instant T0 = Instant.parse("2026-05-21T14:42:19.370724260Z");

    @TempDir
    Path directory;

    private AggregatorStore store;
    private final JsonNode epochSettings = DevnetData.load("epoch-settings.json");

    @BeforeEach
    void open() {
        store = TestStores.openIn(directory);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void epochSettingsAreInsertedOnceAndTheFirstRowWins() {
        String parameters = epochSettings.get("signer_registration_protocol").toString();
        String ctx = epochSettings.get("cardano_transactions_signing_config").toString();
        assertTrue(store.epochSettings().insertIfAbsent(new EpochSettingRecord(25, parameters, ctx, null)));
        assertFalse(store.epochSettings().insertIfAbsent(
                new EpochSettingRecord(25, "{\"k\":1,\"m\":2,\"phi_f\":0.5}", null, null)));
        assertEquals(Optional.of(new EpochSettingRecord(25, parameters, ctx, null)), store.epochSettings().byEpoch(25));
        assertEquals(Optional.empty(), store.epochSettings().byEpoch(24));
    }

    @Test
    void registrationsOfTheDevnetSignersRoundTrip() {
        store.epochSettings().insertIfAbsent(new EpochSettingRecord(24, "{}", null, null));
        List<SignerRegistrationRecord> expected = new ArrayList<>();
        for (JsonNode signer : epochSettings.get("current_signers")) {
            String partyId = signer.get("party_id").asText();
            store.signers().markRegistered(partyId, T0);
            SignerRegistrationRecord registration = new SignerRegistrationRecord(partyId, 24,
                    signer.get("verification_key").asText(), signer.get("verification_key_signature").asText(),
                    signer.get("operational_certificate").asText(), signer.get("kes_period").asLong(),
                    20_000_000_001L, T0, null, null);
            store.signerRegistrations().save(registration);
            expected.add(registration);
        }
        expected.sort(java.util.Comparator.comparing(SignerRegistrationRecord::signerId));
        assertEquals(expected, store.signerRegistrations().byEpoch(24));
        assertEquals(List.of(), store.signerRegistrations().byEpoch(25));

        // A re-registration for the same epoch replaces the keys.
        SignerRegistrationRecord first = expected.get(0);
        SignerRegistrationRecord again = new SignerRegistrationRecord(first.signerId(), 24, first.verificationKey(),
                null, null, null, 7L, T0.plusSeconds(1), null, null);
        store.signerRegistrations().save(again);
        assertEquals(Optional.of(again), store.signerRegistrations().byEpochAndSigner(24, first.signerId()));
        assertEquals(2, store.signerRegistrations().byEpoch(24).size());
    }

    @Test
    void aRegistrationNeedsItsSignerAndEpoch() {
        SignerRegistrationRecord orphan = new SignerRegistrationRecord("pool1x", 24, "vk", null, null, null, 1L, T0,
                null, null);
        assertThrows(StoreException.class, () -> store.signerRegistrations().save(orphan), "no signer, no epoch");
        store.signers().markRegistered("pool1x", T0);
        assertThrows(StoreException.class, () -> store.signerRegistrations().save(orphan), "no epoch setting");
    }

    @Test
    void signersKeepTheirTickerAndLastRegistration() {
        store.signers().importTickers(Map.of("pool1a", "AAA", "pool1b", "BBB"), T0);
        store.signers().markRegistered("pool1a", T0.plusSeconds(60));
        store.signers().markRegistered("pool1c", T0.plusSeconds(120));
        store.signers().importTickers(Map.of("pool1c", "CCC"), T0.plusSeconds(180));

        assertEquals(List.of(
                new SignerRecord("pool1a", "AAA", T0, T0.plusSeconds(60), T0.plusSeconds(60)),
                new SignerRecord("pool1b", "BBB", T0, T0, null),
                new SignerRecord("pool1c", "CCC", T0.plusSeconds(120), T0.plusSeconds(180), T0.plusSeconds(120))),
                store.signers().all());
        assertFalse(store.signers().byId("pool1b").orElseThrow().hasRegistered());
        assertEquals(Optional.empty(), store.signers().byId("pool1z"));
    }

    @Test
    void stakeDistributionsAreStoredPerEpoch() {
        Map<String, Long> stakes = new java.util.TreeMap<>();
        epochSettings.get("next_signers").forEach(s -> stakes.put(s.get("party_id").asText(), 20_000_000_001L));
        assertFalse(store.stakePools().hasEpoch(25));
        store.stakePools().save(25, stakes, T0);
        assertTrue(store.stakePools().hasEpoch(25));
        assertEquals(stakes, store.stakePools().byEpoch(25));
        assertEquals(List.copyOf(stakes.keySet()), List.copyOf(store.stakePools().byEpoch(25).keySet()));

        String pool = stakes.keySet().iterator().next();
        store.stakePools().save(25, Map.of(pool, 5L), T0);
        assertEquals(5L, store.stakePools().byEpoch(25).get(pool));
        assertEquals(Map.of(), store.stakePools().byEpoch(26));
    }
}
