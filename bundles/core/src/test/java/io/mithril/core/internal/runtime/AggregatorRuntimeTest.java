package io.mithril.core.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.core.PendingMessage;
import io.mithril.core.SignerRegistrationException;
import io.mithril.core.internal.fixtures.DatabaseTestPlugin;
import io.mithril.core.internal.fixtures.MsdTestPlugin;
import io.mithril.core.internal.fixtures.TestAggregator;
import io.mithril.core.internal.fixtures.TestSigner;
import io.mithril.core.internal.store.CertificateRecords;
import io.mithril.domain.Certificate;
import io.mithril.domain.chain.CertificateChainVerifier;
import io.mithril.domain.chain.VerifiedChain;
import io.mithril.era.EraMarker;
import io.mithril.era.MarkerEraReader;
import io.mithril.era.adapters.DummyAdapter;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.spi.signature.SignatureOutcome;
import io.mithril.store.CertificateRecord;

/** The leader state machine of aggregator.md §2.1, driven tick by tick over a real SQLite store and real crypto. */
class AggregatorRuntimeTest {
    private static final long STAKE = 2_000_000_000_000L;

    @TempDir
    Path directory;

    /** Epoch 10 start, registrations for 11, genesis at 11, ready at 12. */
    private TestAggregator startedAtGenesis(MsdTestPlugin msd, DatabaseTestPlugin database) throws Exception {
        TestAggregator aggregator = TestAggregator.start(directory, 10, TestSigner.pools(5, STAKE), msd, database);
        aggregator.tick();
        assertEquals("blocked-no-genesis", aggregator.state());
        aggregator.registerAll();
        aggregator.chain.epoch(11);
        aggregator.tick();
        assertEquals("idle", aggregator.state());
        aggregator.tick();
        assertEquals("blocked-no-genesis", aggregator.state());
        aggregator.bootstrapGenesis();
        aggregator.registerAll();
        aggregator.tick();
        assertEquals("blocked-no-genesis", aggregator.state(), "a blocked runtime waits for the next epoch");
        aggregator.chain.epoch(12);
        aggregator.tick();
        assertEquals("idle", aggregator.state());
        aggregator.tick();
        assertEquals("ready", aggregator.state());
        return aggregator;
    }

    @Test
    void certifiesEachTypeInOrderAcrossEpochsAndTheChainVerifies() throws Exception {
        MsdTestPlugin msd = new MsdTestPlugin();
        DatabaseTestPlugin database = new DatabaseTestPlugin();
        try (TestAggregator aggregator = startedAtGenesis(msd, database)) {
            aggregator.tick();
            assertEquals("signing", aggregator.state());
            PendingMessage msd12 = aggregator.pending("MithrilStakeDistribution").orElseThrow();
            assertEquals("{\"MithrilStakeDistribution\":12}", msd12.signedEntityTypeJson());
            assertEquals("12", msd12.messageParts().get("current_epoch"));

            List<TestSigner> signers = aggregator.signers;
            List<SignatureOutcome> first = aggregator.sign(msd12, signers.subList(0, 1));
            assertEquals(SignatureOutcome.Status.REGISTERED, first.get(0).status());
            assertEquals(1, aggregator.certificateCount(), "one signature is below the quorum k=40");
            aggregator.tick();
            assertEquals("signing", aggregator.state(), "no quorum yet: the tick is an error, the state is kept");
            assertTrue(aggregator.aggregator().runtime().lastError().isPresent());

            aggregator.sign(msd12, signers.subList(1, signers.size()));
            assertEquals(2, aggregator.certificateCount(), "the certificate is produced as soon as the quorum is"
                    + " stored, before any tick");
            assertEquals(1, msd.artifactsBuilt.get());
            assertEquals(1, aggregator.repositories().signedEntities().latestOfType(0, 10).size());

            aggregator.tick();
            assertEquals("ready", aggregator.state(), "the certified message sends the runtime back to ready");
            aggregator.tick();
            assertEquals("ready", aggregator.state(), "no immutable file yet: nothing else to sign");

            aggregator.chain.immutableFileNumber(1);
            aggregator.tick();
            assertEquals("signing", aggregator.state());
            PendingMessage db = aggregator.pending("CardanoDatabase").orElseThrow();
            assertEquals("{\"CardanoDatabase\":{\"epoch\":12,\"immutable_file_number\":1}}",
                    db.signedEntityTypeJson());
            aggregator.sign(db, signers);
            assertEquals(3, aggregator.certificateCount());
            assertEquals(1, database.artifactsBuilt.get());

            aggregator.registerAll();
            aggregator.nextEpoch();
            aggregator.tick();
            PendingMessage msd13 = aggregator.pending("MithrilStakeDistribution").orElseThrow();
            aggregator.sign(msd13, signers);
            assertEquals(4, aggregator.certificateCount());

            CertificateRecord latest = aggregator.repositories().certificates().latest(1).get(0);
            assertEquals(13, latest.epoch());
            CertificateRecord master12 = aggregator.repositories().certificates().masterCertificateOf(12).orElseThrow();
            assertEquals(master12.certificateId(), latest.parentCertificateId(),
                    "the first certificate of 13 chains to the master of 12");
            VerifiedChain chain = verifier(aggregator).verifyChain(CertificateRecords.toDomain(latest));
            assertEquals(11, chain.genesis().epoch().value());
            assertEquals(3, chain.length(), "MSD(13) → MSD(12) → genesis(11)");
            for (CertificateRecord record : aggregator.repositories().certificates().latest(10)) {
                verifier(aggregator).verifyChain(CertificateRecords.toDomain(record));
            }
            assertEquals(3, aggregator.metrics().value(AggregatorMetric.CERTIFICATE_TOTAL_PRODUCED));
            assertEquals(2, aggregator.metrics().value(
                    AggregatorMetric.ARTIFACT_MITHRIL_STAKE_DISTRIBUTION_TOTAL_PRODUCED));
        }
    }

    @Test
    void aRestartedAggregatorOverTheSameFilesContinuesTheChain() throws Exception {
        try (TestAggregator aggregator = startedAtGenesis(new MsdTestPlugin(), new DatabaseTestPlugin())) {
            aggregator.tick();
            PendingMessage msd12 = aggregator.pending("MithrilStakeDistribution").orElseThrow();
            aggregator.sign(msd12, aggregator.signers.subList(0, 2));
            aggregator.restart();
            assertEquals("idle", aggregator.state());
            aggregator.tick();
            assertEquals("ready", aggregator.state(), "the epoch tasks are idempotent and the chain still verifies");
            aggregator.tick();
            assertEquals("signing", aggregator.state());
            assertEquals(msd12.signedMessage(), aggregator.pending("MithrilStakeDistribution").orElseThrow()
                    .signedMessage(), "the stored open message is reused with its signatures");
            aggregator.sign(msd12, aggregator.signers.subList(2, 5));
            assertEquals(2, aggregator.certificateCount(), "signatures stored before the restart count");
            aggregator.registerAll();
            aggregator.nextEpoch();
            aggregator.tick();
            aggregator.sign(aggregator.pending("MithrilStakeDistribution").orElseThrow(), aggregator.signers);
            assertEquals(3, aggregator.certificateCount());
        }
    }

    @Test
    void staysBlockedInTheGenesisEpoch() throws Exception {
        try (TestAggregator aggregator = TestAggregator.start(directory, 10, TestSigner.pools(3, STAKE),
                new MsdTestPlugin())) {
            aggregator.tick();
            aggregator.registerAll();
            aggregator.chain.epoch(11);
            aggregator.tickUntil("blocked-no-genesis", 2);
            aggregator.bootstrapGenesis();
            aggregator.restart();
            aggregator.tick();
            assertEquals("blocked-genesis-epoch", aggregator.state());
            aggregator.tick();
            assertEquals("blocked-genesis-epoch", aggregator.state());
            aggregator.registerAll();
            aggregator.chain.epoch(12);
            aggregator.tickUntil("ready", 2);
        }
    }

    @Test
    void blocksOnAnEpochGap() throws Exception {
        try (TestAggregator aggregator = startedAtGenesis(new MsdTestPlugin(), new DatabaseTestPlugin())) {
            aggregator.chain.epoch(14);
            aggregator.tick();
            assertEquals("idle", aggregator.state());
            aggregator.tick();
            assertEquals("blocked-epoch-gap", aggregator.state(), "the latest certificate is of epoch 11, now 14");
            aggregator.tick();
            assertEquals("blocked-epoch-gap", aggregator.state());
        }
    }

    @Test
    void anUnsupportedEraIsCritical() throws Exception {
        try (TestAggregator aggregator = TestAggregator.start(directory, 10, TestSigner.pools(2, STAKE),
                new MsdTestPlugin())) {
            aggregator.eraReader(new MarkerEraReader(new DummyAdapter(List.of(EraMarker.at("thales", 0)))));
            CriticalRuntimeException critical = assertThrows(CriticalRuntimeException.class, aggregator::tick);
            assertTrue(critical.getMessage().contains("thales"), critical.getMessage());
            assertEquals("idle", aggregator.state());
        }
    }

    @Test
    void anUnsupportedNextEraIsOnlyAWarning() throws Exception {
        try (TestAggregator aggregator = TestAggregator.start(directory, 10, TestSigner.pools(2, STAKE),
                new MsdTestPlugin())) {
            aggregator.eraReader(new MarkerEraReader(new DummyAdapter(
                    List.of(EraMarker.at("pythagoras", 0), EraMarker.at("future-era", 30)))));
            aggregator.tick();
            assertEquals("blocked-no-genesis", aggregator.state());
            assertEquals("pythagoras", aggregator.aggregator().eras().currentEra().orElseThrow());
        }
    }

    @Test
    void aFailedTickKeepsTheStateAndIsNotCountedAsSuccessful() throws Exception {
        try (TestAggregator aggregator = TestAggregator.start(directory, 10, TestSigner.pools(2, STAKE),
                new MsdTestPlugin())) {
            aggregator.chain.failing(true);
            aggregator.tick();
            aggregator.tick();
            assertEquals("idle", aggregator.state());
            assertEquals(2, aggregator.metrics().value(AggregatorMetric.RUNTIME_CYCLE_TOTAL));
            assertEquals(0, aggregator.metrics().value(AggregatorMetric.RUNTIME_CYCLE_SUCCESS));
            assertThrows(SignerRegistrationException.class, aggregator::registerAll, "no round opened yet");
            aggregator.chain.failing(false);
            aggregator.tick();
            assertEquals("blocked-no-genesis", aggregator.state(), "the epoch tasks run again after the failure");
            assertEquals(1, aggregator.metrics().value(AggregatorMetric.RUNTIME_CYCLE_SUCCESS));
            aggregator.registerAll();
        }
    }

    @Test
    void anExpiredMessageIsAbandonedAndRefusesLateSignatures() throws Exception {
        try (TestAggregator aggregator = startedAtGenesis(new MsdTestPlugin(), new DatabaseTestPlugin())) {
            aggregator.chain.immutableFileNumber(1);
            aggregator.tick();
            PendingMessage msd12 = aggregator.pending("MithrilStakeDistribution").orElseThrow();
            aggregator.clock.advance(Duration.ofSeconds(3601));
            aggregator.tick();
            assertEquals("ready", aggregator.state(), "the expired MSD message is outdated");
            aggregator.tick();
            assertEquals("signing", aggregator.state());
            assertTrue(aggregator.pending("CardanoDatabase").isPresent(), "the next type is worked on");
            assertFalse(aggregator.pending("MithrilStakeDistribution").isPresent());
            List<SignatureOutcome> late = aggregator.sign(msd12, aggregator.signers.subList(0, 1));
            assertEquals(SignatureOutcome.Status.GONE, late.get(0).status());
            assertEquals("expired", late.get(0).label());
        }
    }

    @Test
    void aNewImmutableFileMakesTheOpenMessageOutdated() throws Exception {
        try (TestAggregator aggregator = startedAtGenesis(new MsdTestPlugin(), new DatabaseTestPlugin())) {
            aggregator.tick();
            aggregator.sign(aggregator.pending("MithrilStakeDistribution").orElseThrow(), aggregator.signers);
            aggregator.tick();
            assertEquals("ready", aggregator.state());
            aggregator.chain.immutableFileNumber(1);
            aggregator.tick();
            assertEquals("signing", aggregator.state());
            PendingMessage first = aggregator.pending("CardanoDatabase").orElseThrow();
            aggregator.chain.immutableFileNumber(2);
            aggregator.tick();
            assertEquals("ready", aggregator.state());
            aggregator.tick();
            assertEquals("signing", aggregator.state());
            List<PendingMessage> pending = aggregator.aggregator().pendingMessages().pending();
            assertEquals(2, pending.size(), "the outdated message stays in the store until the epoch ends");
            PendingMessage second = pending.get(1);
            assertEquals("{\"CardanoDatabase\":{\"epoch\":12,\"immutable_file_number\":2}}",
                    second.signedEntityTypeJson());
            assertFalse(first.signedMessage().equals(second.signedMessage()));
        }
    }

    @Test
    void epochTasksDropPastOpenMessagesAndPruneBeyondTheRetentionLimit() throws Exception {
        java.util.Map<String, Object> configuration = TestAggregator.defaultConfiguration();
        configuration.put("store_retention_limit", 1L);
        try (TestAggregator aggregator = TestAggregator.start(directory, 10, TestSigner.pools(3, STAKE),
                configuration, new MsdTestPlugin())) {
            aggregator.tick();
            aggregator.registerAll();
            aggregator.chain.epoch(11);
            aggregator.tickUntil("blocked-no-genesis", 2);
            aggregator.bootstrapGenesis();
            aggregator.registerAll();
            aggregator.chain.epoch(12);
            aggregator.tickUntil("signing", 3);
            assertEquals(1, aggregator.repositories().openMessages().byEpoch(12).size());
            for (long epoch = 13; epoch <= 17; epoch++) {
                aggregator.registerAll();
                aggregator.chain.epoch(epoch);
                aggregator.tick();
                aggregator.tick();
                assertTrue(aggregator.repositories().openMessages().byEpoch(epoch - 1).isEmpty(),
                        "open messages of past epochs are deleted");
            }
            assertEquals("blocked-epoch-gap", aggregator.state(), "nothing was certified since the genesis");
            var repositories = aggregator.repositories();
            assertFalse(repositories.stakePools().hasEpoch(13), "stakes of epochs < 17 − 3 are pruned (limit floored at 3)");
            assertTrue(repositories.stakePools().hasEpoch(14));
            assertTrue(repositories.stakePools().hasEpoch(18), "stakes recorded under N+1");
            assertTrue(repositories.signerRegistrations().byEpoch(14).isEmpty(), "registrations < 18 − 3 pruned");
            assertEquals(3, repositories.signerRegistrations().byEpoch(15).size());
            assertTrue(repositories.epochSettings().byEpoch(13).isEmpty());
            assertTrue(repositories.epochSettings().byEpoch(14).isPresent());
            assertEquals(11, repositories.certificates().latestGenesis().orElseThrow().epoch(),
                    "certificates are never pruned");
        }
    }

    private static CertificateChainVerifier verifier(TestAggregator aggregator) {
        return CertificateChainVerifier.withReferenceCrypto(hash -> {
            try {
                return CertificateRecords.toDomain(aggregator.repositories().certificates().byHash(hash)
                        .orElseThrow());
            } catch (RuntimeException e) {
                throw new io.mithril.domain.chain.CertificateRetrievalException(e.getMessage(), e);
            }
        }, TestAggregator.GENESIS_KEY.verificationKey().toJsonHex());
    }

    static Certificate latest(TestAggregator aggregator) {
        return CertificateRecords.toDomain(aggregator.repositories().certificates().latest(1).get(0));
    }
}
