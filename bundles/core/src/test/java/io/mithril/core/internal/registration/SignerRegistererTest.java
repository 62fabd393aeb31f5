package io.mithril.core.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mithril.core.SignerRegistrationException;
import io.mithril.core.SignerRegistrationException.Kind;
import io.mithril.core.internal.config.AggregatorSettings;
import io.mithril.core.internal.fixtures.DevnetFixtures;
import io.mithril.core.internal.fixtures.ScriptedChain;
import io.mithril.core.internal.fixtures.TestAggregator;
import io.mithril.core.internal.fixtures.TestClock;
import io.mithril.core.internal.fixtures.TestSigner;
import io.mithril.core.internal.store.EpochSettingsRecords;
import io.mithril.core.internal.store.Repositories;
import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.cardano.OperationalCertificate;
import io.mithril.crypto.ed25519.Ed25519Signature;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.domain.EpochSettings;
import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SignerWithStake;
import io.mithril.domain.message.RegisterSignerMessage;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.internal.PrometheusMetricsService;
import io.mithril.store.AggregatorStore;
import io.mithril.store.EventRecord;
import io.mithril.store.SignerRegistrationRecord;
import io.mithril.store.StoreSettings;
import io.mithril.store.Stores;

/** Signer registration (aggregator.md §1.3) with the reference's devnet registrations and simulated pools. */
class SignerRegistererTest {
    private static final long ROUND_EPOCH = 18;

    @TempDir
    Path directory;
    private AggregatorStore store;
    private Repositories repositories;
    private final RegistrationRounds rounds = new RegistrationRounds();
    private final PrometheusMetricsService metrics = new PrometheusMetricsService();
    private final TestClock clock = new TestClock(Instant.parse("2026-02-01T00:00:00Z"));
    private ScriptedChain chain;
    private List<SignerWithStake> devnet;

    @BeforeEach
    void open() {
        store = Stores.open(StoreSettings.of(directory));
        repositories = Repositories.of(store);
        repositories.epochSettings().insertIfAbsent(EpochSettingsRecords.toRecord(ROUND_EPOCH,
                new EpochSettings(new ProtocolParameters(70, 105, 0.95), null, null)));
        devnet = DevnetFixtures.signers(ROUND_EPOCH);
        Map<String, Long> stakes = new LinkedHashMap<>();
        devnet.forEach(s -> stakes.put(s.partyId(), s.stake()));
        stakes.put(new TestSigner(0, 1).partyId(), 5_000L);
        chain = new ScriptedChain(ROUND_EPOCH - 1, stakes);
        chain.kesPeriod(startKesPeriod(devnet.get(0)));
        rounds.open(new RegistrationRound(ROUND_EPOCH, stakes));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SignerRegisterer registerer(Map<String, Object> overrides) {
        Map<String, Object> configuration = new HashMap<>(TestAggregator.defaultConfiguration());
        configuration.putAll(overrides);
        return new SignerRegisterer(rounds, repositories, chain, AggregatorSettings.fromProperties(configuration),
                metrics, clock);
    }

    private SignerRegisterer registerer() {
        return registerer(Map.of());
    }

    private static long startKesPeriod(SignerWithStake signer) {
        return OperationalCertificate.decode(signer.operationalCertificate()).startKesPeriod();
    }

    /** A registration as the reference signer sent it; the body's party id is left empty. */
    private static RegisterSignerMessage message(SignerWithStake s, long epoch) {
        return new RegisterSignerMessage(epoch, "", s.verificationKey(), s.verificationKeySignature(),
                s.operationalCertificate(), s.kesPeriod());
    }

    private SignerRegistrationException refused(RegisterSignerMessage message) {
        return assertThrows(SignerRegistrationException.class, () -> registerer().register(message, null, null));
    }

    @Test
    void registersTheReferenceSignersWithThePartyOfTheirOperationalCertificate() throws Exception {
        for (SignerWithStake signer : devnet) {
            registerer().register(message(signer, ROUND_EPOCH), "CI", "0.2.100");
        }
        List<SignerRegistrationRecord> stored = repositories.signerRegistrations().byEpoch(ROUND_EPOCH);
        assertEquals(devnet.size(), stored.size());
        for (SignerWithStake signer : devnet) {
            SignerRegistrationRecord row = repositories.signerRegistrations()
                    .byEpochAndSigner(ROUND_EPOCH, signer.partyId()).orElseThrow();
            assertEquals(signer.verificationKey(), row.verificationKey(), "re-encoded JSON-hex = the reference's");
            assertEquals(signer.verificationKeySignature(), row.verificationKeySignature());
            assertEquals(signer.operationalCertificate(), row.operationalCertificate());
            assertEquals(signer.stake(), row.stake(), "stake of the round's distribution");
            assertEquals(signer.kesPeriod(), row.kesPeriod());
            assertTrue(repositories.signers().byId(signer.partyId()).orElseThrow().hasRegistered());
        }
        EventRecord event = repositories.events().latest(1).get(0);
        assertEquals("HTTP::signer_register", event.source());
        assertEquals("register_signer", event.action());
        JsonNode content = new ObjectMapper().readTree(event.content());
        assertEquals(devnet.get(devnet.size() - 1).partyId(), content.get("content").get("party_id").asText());
        assertEquals("17", content.get("headers").get("epoch").asText());
        assertEquals("0.2.100", content.get("headers").get("signer-node-version").asText());
        assertEquals(2, metrics.value(AggregatorMetric.SIGNER_REGISTRATION_TOTAL_RECEIVED, "CI"));
        assertEquals(2, metrics.value(AggregatorMetric.SIGNER_REGISTRATION_TOTAL_SUCCESSFUL, "CI"));
    }

    @Test
    void theKesPeriodIsRecomputedFromTheChainWithinOnePeriod() throws Exception {
        SignerWithStake signer = devnet.get(0);
        chain.kesPeriod(startKesPeriod(signer) + 1);
        registerer().register(message(signer, ROUND_EPOCH), null, null);
        chain.kesPeriod(startKesPeriod(signer) + 2);
        SignerRegistrationException error = refused(message(signer, ROUND_EPOCH));
        assertEquals(Kind.FAILED_VERIFICATION, error.kind());
        assertTrue(error.getMessage().contains("KES_SIGNATURE_INVALID"), error.getMessage());
    }

    @Test
    void refusesAnOperationalCertificateNotSignedByItsColdKey() {
        SignerWithStake signer = devnet.get(0);
        OperationalCertificate real = OperationalCertificate.decode(signer.operationalCertificate());
        byte[] signature = real.signature().toBytes();
        signature[0] ^= 1;
        OperationalCertificate forged = OperationalCertificate.of(real.kesVerificationKey(), real.issueNumber(),
                real.startKesPeriod(), Ed25519Signature.fromBytes(signature), real.coldVerificationKey());
        SignerRegistrationException error = refused(new RegisterSignerMessage(ROUND_EPOCH, "",
                signer.verificationKey(), signer.verificationKeySignature(), forged.toJsonHex(), 0L));
        assertEquals(Kind.FAILED_VERIFICATION, error.kind());
        assertTrue(error.getMessage().contains("OPCERT"), error.getMessage());
    }

    @Test
    void refusesAKesSignatureOfAnotherKey() {
        SignerWithStake a = devnet.get(0);
        SignerWithStake b = devnet.get(1);
        SignerRegistrationException error = refused(new RegisterSignerMessage(ROUND_EPOCH, "", a.verificationKey(),
                b.verificationKeySignature(), a.operationalCertificate(), 0L));
        assertEquals(Kind.FAILED_VERIFICATION, error.kind());
    }

    @Test
    void refusesAKeyWithoutValidProofOfPossession() {
        TestSigner pool = new TestSigner(0, 1);
        BlsVerificationKeyProofOfPossession own = pool.verificationKey(ROUND_EPOCH);
        BlsVerificationKeyProofOfPossession other = new TestSigner(1, 1).verificationKey(ROUND_EPOCH);
        BlsVerificationKeyProofOfPossession mixed = new BlsVerificationKeyProofOfPossession(own.verificationKey(),
                other.proofOfPossession());
        chain.kesPeriod(0);
        RegisterSignerMessage message = new RegisterSignerMessage(ROUND_EPOCH, "", StmJsonHex.encode(mixed),
                pool.kesSignature(mixed.toBytes()), pool.operationalCertificate().toJsonHex(), 0L);
        SignerRegistrationException error = refused(message);
        assertEquals(Kind.FAILED_VERIFICATION, error.kind());
        assertTrue(error.getMessage().contains("ConcatenationKeyInvalid"), error.getMessage());
    }

    @Test
    void refusesAPoolOutsideTheStakeDistribution() {
        rounds.open(new RegistrationRound(ROUND_EPOCH, Map.of(devnet.get(1).partyId(), 1L)));
        SignerRegistrationException error = refused(message(devnet.get(0), ROUND_EPOCH));
        assertEquals(Kind.FAILED_VERIFICATION, error.kind());
        assertTrue(error.getMessage().contains(devnet.get(0).partyId()), error.getMessage());
    }

    @Test
    void aWrongEpochIsAServerErrorAndAClosedRoundIs550() {
        assertEquals(Kind.UNEXPECTED_EPOCH, refused(message(devnet.get(0), ROUND_EPOCH + 1)).kind());
        assertEquals(500, Kind.UNEXPECTED_EPOCH.httpStatus());
        rounds.close();
        assertEquals(Kind.ROUND_NOT_OPENED, refused(message(devnet.get(0), ROUND_EPOCH)).kind());
        assertEquals(550, Kind.ROUND_NOT_OPENED.httpStatus());
    }

    @Test
    void undecodableKeysAreRefusedBeforeAnyCheck() {
        SignerWithStake signer = devnet.get(0);
        rounds.close();
        assertEquals(Kind.UNDECODABLE, refused(new RegisterSignerMessage(ROUND_EPOCH, "", "not-hex",
                signer.verificationKeySignature(), signer.operationalCertificate(), 0L)).kind());
        assertEquals(Kind.UNDECODABLE, refused(new RegisterSignerMessage(ROUND_EPOCH, "", signer.verificationKey(),
                signer.verificationKeySignature(), "7b7d", 0L)).kind());
        assertEquals(Kind.UNDECODABLE, refused(new RegisterSignerMessage(ROUND_EPOCH, "", signer.verificationKey(),
                null, signer.operationalCertificate(), 0L)).kind(), "an opcert without KES signature");
        assertEquals(3, metrics.value(AggregatorMetric.SIGNER_REGISTRATION_TOTAL_RECEIVED, "NA"));
        assertEquals(0, metrics.value(AggregatorMetric.SIGNER_REGISTRATION_TOTAL_SUCCESSFUL, "NA"));
    }

    @Test
    void withoutOperationalCertificateOnlyWithTheTestNetworkSwitch() throws Exception {
        TestSigner pool = new TestSigner(0, 1);
        SignerRegistrationException error = refused(pool.registrationWithoutOpcert(ROUND_EPOCH));
        assertEquals(Kind.FAILED_VERIFICATION, error.kind());
        assertTrue(error.getMessage().contains("OpCertMissing"), error.getMessage());

        SignerRegisterer testNetwork = registerer(Map.of("allow_registration_without_opcert", true));
        testNetwork.register(pool.registrationWithoutOpcert(ROUND_EPOCH), null, null);
        SignerRegistrationRecord row = repositories.signerRegistrations()
                .byEpochAndSigner(ROUND_EPOCH, pool.partyId()).orElseThrow();
        assertEquals(5_000L, row.stake());
        assertNull(row.operationalCertificate());
        RegisterSignerMessage unknown = new RegisterSignerMessage(ROUND_EPOCH, "pool1unknown",
                StmJsonHex.encode(pool.verificationKey(ROUND_EPOCH)), null, null, null);
        assertEquals(Kind.FAILED_VERIFICATION, assertThrows(SignerRegistrationException.class,
                () -> testNetwork.register(unknown, null, null)).kind());
    }

    @Test
    void theLatestRegistrationWins() throws Exception {
        TestSigner pool = new TestSigner(0, 1);
        chain.kesPeriod(0);
        registerer().register(pool.registration(ROUND_EPOCH), null, null);
        RegisterSignerMessage again = pool.registration(ROUND_EPOCH + 7);
        registerer().register(new RegisterSignerMessage(ROUND_EPOCH, "", again.verificationKey(),
                again.verificationKeySignature(), again.operationalCertificate(), again.kesPeriod()), null, null);
        SignerRegistrationRecord row = repositories.signerRegistrations()
                .byEpochAndSigner(ROUND_EPOCH, pool.partyId()).orElseThrow();
        assertEquals(again.verificationKey(), row.verificationKey());
        assertEquals(1, repositories.signerRegistrations().byEpoch(ROUND_EPOCH).size());
    }

    @Test
    void originTagsOutsideTheWhitelistAreReportedAsNa() throws Exception {
        TestSigner pool = new TestSigner(0, 1);
        chain.kesPeriod(0);
        SignerRegisterer custom = registerer(Map.of("custom_origin_tag_white_list", "E2E, OTHER"));
        custom.register(pool.registration(ROUND_EPOCH), "E2E", null);
        custom.register(pool.registration(ROUND_EPOCH), "EVIL", null);
        custom.register(pool.registration(ROUND_EPOCH), "EXPLORER", null);
        assertEquals(1, metrics.value(AggregatorMetric.SIGNER_REGISTRATION_TOTAL_SUCCESSFUL, "E2E"));
        assertEquals(1, metrics.value(AggregatorMetric.SIGNER_REGISTRATION_TOTAL_SUCCESSFUL, "NA"));
        assertEquals(1, metrics.value(AggregatorMetric.SIGNER_REGISTRATION_TOTAL_SUCCESSFUL, "EXPLORER"));
        assertEquals(0, metrics.value(AggregatorMetric.SIGNER_REGISTRATION_TOTAL_SUCCESSFUL, "EVIL"));
    }
}
