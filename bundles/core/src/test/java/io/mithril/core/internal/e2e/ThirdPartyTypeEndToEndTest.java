package io.mithril.core.internal.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.core.PendingMessage;
import io.mithril.core.internal.certifier.ChainVerifiers;
import io.mithril.core.internal.fixtures.MsdTestPlugin;
import io.mithril.core.internal.fixtures.PoolCountTestPlugin;
import io.mithril.core.internal.fixtures.TestAggregator;
import io.mithril.core.internal.fixtures.TestSigner;
import io.mithril.core.internal.store.CertificateRecords;
import io.mithril.domain.Certificate;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.chain.VerifiedChain;
import io.mithril.spi.signature.SignatureOutcome;
import io.mithril.spi.signedentity.StoredArtifact;
import io.mithril.store.CertificateRecord;

/**
 * A third-party signed entity type is certified like the reference's: its message carries its own part after the
 * reference's, signatures naming it are known, the certificate at quorum verifies with the chain verifier, and the
 * artifact is stored under its id (1000) and readable by its routes.
 */
class ThirdPartyTypeEndToEndTest {
    @TempDir
    Path directory;

    @Test
    void aPluginTypeIsCertifiedAndItsArtifactServed() throws Exception {
        MsdTestPlugin msd = new MsdTestPlugin();
        PoolCountTestPlugin poolCount = new PoolCountTestPlugin();
        try (TestAggregator aggregator = TestAggregator.start(directory, 10, TestSigner.pools(5, 2_000_000_000_000L),
                msd, poolCount)) {
            startAtGenesis(aggregator);
            aggregator.tick();
            aggregator.sign(aggregator.pending("MithrilStakeDistribution").orElseThrow(), aggregator.signers);
            assertEquals(2, aggregator.certificateCount());
            aggregator.tick();
            aggregator.tick();
            assertEquals("signing", aggregator.state());

            PendingMessage pending = aggregator.pending(PoolCountTestPlugin.TYPE).orElseThrow();
            assertEquals("{\"SamplePoolCount\":12}", pending.signedEntityTypeJson());
            assertEquals(List.of("next_aggregate_verification_key", "next_protocol_parameters", "current_epoch",
                    PoolCountTestPlugin.PART), List.copyOf(pending.messageParts().keySet()),
                    "the plugin's part comes after the reference's");
            assertEquals("5", pending.messageParts().get(PoolCountTestPlugin.PART));

            List<SignatureOutcome> outcomes = aggregator.sign(pending, aggregator.signers);
            assertTrue(outcomes.stream().allMatch(o -> o.status() == SignatureOutcome.Status.REGISTERED
                    || o.status() == SignatureOutcome.Status.GONE), outcomes.toString());
            assertEquals(3, aggregator.certificateCount(), "certified at quorum");

            CertificateRecord record = aggregator.repositories().certificates().latest(1).get(0);
            assertEquals(1000, record.signedEntityTypeId());
            assertEquals("12", record.signedEntityBeacon());
            Certificate certificate = CertificateRecords.toDomain(record, aggregator.aggregator().plugins());
            SignedEntityType type = certificate.signedEntityType();
            assertInstanceOf(SignedEntityType.PluginType.class, type);
            assertArrayEquals(ByteBuffer.allocate(8).putLong(12).array(), type.hashFeed());
            assertEquals(pending.signedMessage(), certificate.protocolMessage().computeHash());
            VerifiedChain chain = ChainVerifiers.overStore(aggregator.repositories().certificates(),
                    TestAggregator.GENESIS_KEY.verificationKey().toJsonHex(), aggregator.aggregator().plugins())
                    .verifyChain(certificate);
            assertEquals(11, chain.genesis().epoch().value());
            assertEquals(3, chain.length(), "SamplePoolCount(12) → MSD(12) → genesis(11)");

            assertEquals(1, poolCount.artifactsBuilt.get());
            List<StoredArtifact> served = aggregator.artifacts().latest(PoolCountTestPlugin.TYPE, 10);
            assertEquals(1, served.size());
            assertEquals(record.certificateId(), served.get(0).certificateHash());
            assertEquals("{\"epoch\":12,\"pool_count\":5}", served.get(0).artifactJson());
            assertEquals(served.get(0), aggregator.artifacts().byHash(PoolCountTestPlugin.TYPE,
                    served.get(0).hash()).orElseThrow());

            aggregator.tick();
            assertEquals("ready", aggregator.state(), "nothing left to sign in epoch 12");
        }
    }

    @Test
    void aSignatureNamingAnUnknownPluginTypeIsStillRejected() throws Exception {
        try (TestAggregator aggregator = TestAggregator.start(directory, 10, TestSigner.pools(5, 2_000_000_000_000L),
                new MsdTestPlugin())) {
            startAtGenesis(aggregator);
            aggregator.tick();
            PendingMessage msd = aggregator.pending("MithrilStakeDistribution").orElseThrow();
            PendingMessage renamed = new PendingMessage("{\"SamplePoolCount\":12}", msd.epoch(),
                    msd.signedMessage(), msd.messageParts(), msd.expiresAt());
            List<SignatureOutcome> outcomes = aggregator.sign(renamed, aggregator.signers.subList(0, 1));
            assertEquals(SignatureOutcome.Status.REJECTED, outcomes.get(0).status());
        }
    }

    /** Epoch 10 start, registrations for 11, genesis at 11, ready at 12 (as the runtime test). */
    private static void startAtGenesis(TestAggregator aggregator) throws Exception {
        aggregator.tick();
        aggregator.registerAll();
        aggregator.chain.epoch(11);
        aggregator.tick();
        aggregator.tick();
        aggregator.bootstrapGenesis();
        aggregator.registerAll();
        aggregator.tick();
        aggregator.chain.epoch(12);
        aggregator.tickUntil("ready", 3);
    }
}
