package io.mithril.core.internal.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.mithril.core.internal.config.AggregatorSettings;
import io.mithril.core.internal.fixtures.DevnetFixtures;
import io.mithril.core.internal.fixtures.TestAggregator;
import io.mithril.core.internal.store.EpochSettingsRecords;
import io.mithril.core.internal.store.Repositories;
import io.mithril.domain.EpochSettings;
import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SignerWithStake;
import io.mithril.domain.SigningConfig;
import io.mithril.spi.signedentity.RegisteredSigner;
import io.mithril.store.AggregatorStore;
import io.mithril.store.SignerRegistrationRecord;
import io.mithril.store.StoreSettings;
import io.mithril.store.Stores;

/** The epoch service's +1/+2 bookkeeping (aggregator.md §2.2, §2.3) on the reference's devnet registrations. */
class EpochServiceTest {
    private static final ProtocolParameters DEVNET = new ProtocolParameters(70, 105, 0.95);
    private static final EpochData.Eras ERAS = new EpochData.Eras("Conway", "pythagoras");

    @TempDir
    Path directory;
    private AggregatorStore store;
    private Repositories repositories;

    @BeforeEach
    void open() {
        store = Stores.open(StoreSettings.of(directory));
        repositories = Repositories.of(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private EpochService service(boolean cardanoTransactionsConfigured) {
        Map<String, Object> configuration = TestAggregator.defaultConfiguration();
        configuration.put("cardano_transactions_signing_config.security_parameter", 30L);
        configuration.put("cardano_transactions_signing_config.step", 15L);
        return new EpochService(repositories, AggregatorSettings.fromProperties(configuration),
                type -> type.equals("MithrilStakeDistribution")
                        || cardanoTransactionsConfigured && type.equals("CardanoTransactions"));
    }

    private void storeSettings(long epoch, ProtocolParameters parameters) {
        repositories.epochSettings().insertIfAbsent(
                EpochSettingsRecords.toRecord(epoch, new EpochSettings(parameters, null, null)));
    }

    private void storeRegistrations(long epoch, List<SignerWithStake> signers) {
        storeSettings(epoch, DEVNET);
        for (SignerWithStake s : signers) {
            repositories.signers().markRegistered(s.partyId(), Instant.EPOCH);
            repositories.signerRegistrations().save(new SignerRegistrationRecord(s.partyId(), epoch,
                    s.verificationKey(), s.verificationKeySignature(), s.operationalCertificate(), s.kesPeriod(),
                    s.stake(), Instant.EPOCH, null, null));
        }
    }

    @Test
    void storedSettingsWinAndTheConfigurationOnlyFillsMissingEpochs() throws Exception {
        storeSettings(17, DEVNET);
        storeSettings(18, DEVNET);
        EpochService service = service(true);
        service.informEpoch(18, ERAS);
        EpochData data = service.requireData();
        assertEquals(DEVNET, data.aggregationSettings().protocolParameters(), "aggregation at 18 = settings(17)");
        assertEquals(DEVNET, data.nextAggregationSettings().protocolParameters(), "next aggregation = settings(18)");
        ProtocolParameters configured = new ProtocolParameters(40, 100, 0.65);
        assertEquals(configured, data.registrationSettings().protocolParameters(), "registration = settings(19),"
                + " recorded from the configuration");
        assertEquals(new SigningConfig(30, 15), data.registrationSettings().cardanoTransactionsSigningConfig());
        assertTrue(data.isSignable("CardanoDatabase"));
        assertFalse(data.isSignable("CardanoTransactions"), "settings(17) have no CardanoTransactions config");
        service.informEpoch(18, ERAS);
        assertEquals(configured, EpochSettingsRecords.toDomain(repositories.epochSettings().byEpoch(19).orElseThrow())
                .protocolParameters(), "insert-or-ignore: informing twice changes nothing");
    }

    @Test
    void typesNotConfiguredGetNoSigningConfiguration() throws Exception {
        EpochService service = service(false);
        service.informEpoch(5, ERAS);
        EpochSettings recorded = EpochSettingsRecords.toDomain(repositories.epochSettings().byEpoch(6).orElseThrow());
        assertTrue(recorded.cardanoTransactions().isEmpty());
        assertFalse(service.requireData().isSignable("CardanoTransactions"));
    }

    @Test
    void currentSignersAreRegisteredUnderNMinusOneAndNextUnderN() throws Exception {
        storeSettings(17, DEVNET);
        storeSettings(18, DEVNET);
        storeRegistrations(17, DevnetFixtures.signers(17));
        storeRegistrations(18, DevnetFixtures.signers(18));
        EpochService service = service(false);
        service.informEpoch(18, ERAS);
        EpochData data = service.requireData();
        assertEquals(DevnetFixtures.signers(17), data.currentSignersWithStake());
        assertEquals(DevnetFixtures.signers(18), data.nextSignersWithStake());
        List<RegisteredSigner> spi = data.nextSigners();
        assertEquals(DevnetFixtures.signers(18).get(0).verificationKey(), spi.get(0).verificationKey());
        assertEquals(70, data.currentProtocolParameters().k());
    }

    @Test
    void precomputedKeysAreTheOnesTheReferenceCertifiedWith() throws Exception {
        storeSettings(17, DEVNET);
        storeSettings(18, DEVNET);
        storeRegistrations(17, DevnetFixtures.signers(17));
        storeRegistrations(18, DevnetFixtures.signers(18));
        EpochService service = service(false);
        service.informEpoch(18, ERAS);
        service.precompute();
        EpochData.MultiSigners signers = service.requireData().requireMultiSigners();
        JsonNode certificate = DevnetFixtures.certificateOfStakeDistribution(18);
        assertEquals(certificate.get("aggregate_verification_key").asText(),
                signers.current().aggregateVerificationKeyJsonHex(), "current AVK = AVK of the signers under 17");
        assertEquals(certificate.get("protocol_message").get("message_parts").get("next_aggregate_verification_key")
                .asText(), signers.next().orElseThrow().aggregateVerificationKeyJsonHex(),
                "next AVK = AVK of the signers under 18");
        assertEquals(certificate.get("protocol_message").get("message_parts").get("next_protocol_parameters").asText(),
                service.requireData().nextAggregationSettings().protocolParameters().computeHash());
    }

    @Test
    void precomputationFailsWithoutCurrentSigners() throws Exception {
        storeRegistrations(18, DevnetFixtures.signers(18));
        EpochService service = service(false);
        service.informEpoch(18, ERAS);
        EpochDataException error = assertThrows(EpochDataException.class, service::precompute);
        assertTrue(error.getMessage().contains("no signer"), error.getMessage());
        assertThrows(EpochDataException.class, () -> service.requireData().requireMultiSigners());
    }

    @Test
    void precomputationReverifiesTheStoredKesPeriod() throws Exception {
        List<SignerWithStake> signers = DevnetFixtures.signers(17);
        SignerWithStake tampered = signers.get(0);
        storeRegistrations(17, List.of(new SignerWithStake(tampered.partyId(), tampered.verificationKey(),
                tampered.verificationKeySignature(), tampered.operationalCertificate(), 5L, tampered.stake()),
                signers.get(1)));
        EpochService service = service(false);
        service.informEpoch(18, ERAS);
        EpochDataException error = assertThrows(EpochDataException.class, service::precompute);
        assertTrue(error.getMessage().contains(tampered.partyId()), error.getMessage());
    }

    @Test
    void aKeyRegisteredTwiceFailsThePrecomputation() throws Exception {
        List<SignerWithStake> signers = DevnetFixtures.signers(17);
        SignerWithStake a = signers.get(0);
        SignerWithStake b = signers.get(1);
        storeRegistrations(17, List.of(a, new SignerWithStake(b.partyId(), a.verificationKey(), null, null, null,
                b.stake())));
        EpochService service = service(false);
        service.informEpoch(18, ERAS);
        assertThrows(EpochDataException.class, service::precompute);
    }

    @Test
    void nothingIsKnownBeforeTheFirstEpoch() {
        EpochService service = service(false);
        assertTrue(service.current().isEmpty());
        assertThrows(EpochDataException.class, service::requireData);
    }
}
