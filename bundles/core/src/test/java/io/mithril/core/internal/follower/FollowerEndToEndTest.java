package io.mithril.core.internal.follower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.core.PendingMessage;
import io.mithril.core.internal.fixtures.DatabaseTestPlugin;
import io.mithril.core.internal.fixtures.InProcessLeader;
import io.mithril.core.internal.fixtures.MsdTestPlugin;
import io.mithril.core.internal.fixtures.TestAggregator;
import io.mithril.core.internal.fixtures.TestSigner;
import io.mithril.core.internal.store.CertificateRecords;
import io.mithril.domain.Certificate;
import io.mithril.domain.chain.CertificateChainVerifier;
import io.mithril.domain.chain.CertificateRetrievalException;
import io.mithril.spi.signature.SignatureOutcome;
import io.mithril.spi.signature.SingleSignatureEnvelope;
import io.mithril.spi.signedentity.EpochContext;
import io.mithril.store.CertificateRecord;

/**
 * A leader and a follower over their own SQLite stores, chains and clocks, with real crypto: the follower bootstraps
 * from the leader (settings, signers, chain), then certifies on its own from the signatures it receives (as DMQ
 * diffuses them), survives restarts and a leader outage, and resynchronises after missing a whole epoch.
 */
class FollowerEndToEndTest {
    private static final int MAX_TICKS = 6;

    @TempDir
    Path directory;

    private final List<TestSigner> signers = new ArrayList<>();
    private TestAggregator leader;
    private TestAggregator follower;
    private InProcessLeader link;

    @BeforeEach
    void bootstrap() throws Exception {
        for (int i = 0; i < 5; i++) {
            signers.add(new TestSigner(i, 10_000_000_000_000L / (i + 1)));
        }
        leader = TestAggregator.start(directory.resolve("leader"), 20, signers, new MsdTestPlugin(),
                new DatabaseTestPlugin());
        link = new InProcessLeader(() -> leader);
        follower = TestAggregator.startFollower(directory.resolve("follower"), 20, signers, link,
                new MsdTestPlugin(), new DatabaseTestPlugin());
        // Sealed at another instant than the leader's: the follower's own certificates get their own hashes.
        follower.clock.advance(Duration.ofSeconds(7));

        leader.tick();
        follower.tick();
        assertEquals("idle", follower.state(), "install epoch: no own stakes under 20 yet");
        assertTrue(follower.aggregator().runtime().lastError().isPresent());
        leader.registerAll();
        moveBoth(21);
        leader.tickUntil("blocked-no-genesis", 2);
        leader.bootstrapGenesis();
        leader.registerAll();
        follower.tickUntil("blocked-genesis-epoch", MAX_TICKS);
        assertEquals(leader.repositories().certificates().latestGenesis().orElseThrow(),
                follower.repositories().certificates().latestGenesis().orElseThrow(), "genesis synchronised");
        nextEpoch();
    }

    @AfterEach
    void close() {
        follower.close();
        leader.close();
    }

    @Test
    void certifiesEveryEpochOnItsOwnWithTheLeadersKeysAndContinuesAfterARestart() throws Exception {
        for (long epoch = 22; epoch <= 25; epoch++) {
            certifyBoth("MithrilStakeDistribution", epoch);
            immutableFile(epoch * 10);
            certifyBoth("CardanoDatabase", epoch);
            if (epoch == 23) {
                follower.restart();
                follower.tickUntil("ready", MAX_TICKS);
            }
            leader.registerAll();
            nextEpoch();
        }
        assertEquals(leader.certificateCount(), follower.certificateCount());
        assertFollowerChainValidWithLeaderKeys(6);
    }

    @Test
    void keepsCertifyingItsEpochWhileTheLeaderIsDownAndResynchronisesWhenItIsBack() throws Exception {
        certifyBoth("MithrilStakeDistribution", 22);
        link.down(true);
        immutableFile(220);
        certifyBoth("CardanoDatabase", 22);
        follower.restart();
        follower.tickUntil("ready", MAX_TICKS);

        leader.registerAll();
        leader.nextEpoch();
        follower.chain.epoch(23);
        for (int i = 0; i < MAX_TICKS; i++) {
            follower.tick();
        }
        assertEquals("idle", follower.state(), "a new epoch needs the leader's signers");
        assertTrue(follower.aggregator().runtime().lastError().orElseThrow().getMessage().contains("leader"));

        link.down(false);
        follower.tickUntil("ready", MAX_TICKS);
        certifyBoth("MithrilStakeDistribution", 23);
        assertFollowerChainValidWithLeaderKeys(3);
    }

    @Test
    void resynchronisesItsChainAfterMissingTheSignaturesOfAWholeEpoch() throws Exception {
        certifyBoth("MithrilStakeDistribution", 22);
        leader.registerAll();
        nextEpoch();
        certify(leader, pending(leader, "MithrilStakeDistribution", 23), List.of());
        leader.registerAll();
        nextEpoch();
        Certificate leaderMsd23 = CertificateRecords.toDomain(leader.repositories().certificates().latest(1).get(0));
        assertTrue(follower.repositories().certificates().byHash(leaderMsd23.hash()).isPresent(),
                "the gap (latest own certificate at 22, epoch 24) forced a resynchronisation");
        certifyBoth("MithrilStakeDistribution", 24);
        assertFollowerChainValidWithLeaderKeys(4);
    }

    @Test
    void aDmqSignatureUnderAnotherPartysIdIsRejectedAndNeverCertified() throws Exception {
        PendingMessage message = pending(follower, "MithrilStakeDistribution", 22);
        EpochContext context = follower.epochContext();
        int rejected = 0;
        for (int i = 0; i < signers.size(); i++) {
            TestSigner signer = signers.get(i);
            var signature = signer.sign(message.signedMessage(), 22, context.currentSigners(),
                    context.currentProtocolParameters());
            if (signature.isEmpty()) {
                continue;
            }
            String forgedParty = signers.get((i + 1) % signers.size()).partyId();
            var envelope = signer.envelope(message.signedEntityTypeJson(), signature.get(), message.signedMessage());
            SignatureOutcome outcome = follower.aggregator().signatureProcessor().submit(viaDmq(forgedParty, envelope));
            // Verified against the claimed party's key at the open message, like the reference (a 500 there).
            assertEquals(SignatureOutcome.Status.UNAVAILABLE, outcome.status(), outcome.toString());
            assertTrue(outcome.message().contains("does not verify"), outcome.toString());
            rejected++;
        }
        assertTrue(rejected > 0);
        assertEquals(1, follower.certificateCount(), "only the genesis");
        certifyBoth("MithrilStakeDistribution", 22);
    }

    /** Both open the same message: the follower's protocol message is the leader's, so one signature serves both. */
    private void certifyBoth(String type, long epoch) throws Exception {
        PendingMessage onLeader = pending(leader, type, epoch);
        PendingMessage onFollower = pending(follower, type, epoch);
        assertEquals(onLeader.signedMessage(), onFollower.signedMessage(), type + " protocol message");
        certify(leader, onLeader, List.of(follower));
    }

    /** Every signer signs the leader's message; the signatures reach the leader and every given follower. */
    private void certify(TestAggregator signed, PendingMessage message, List<TestAggregator> followers)
            throws Exception {
        long before = signed.certificateCount();
        List<Long> followersBefore = followers.stream().map(TestAggregator::certificateCount).toList();
        EpochContext context = signed.epochContext();
        for (TestSigner signer : signers) {
            var signature = signer.sign(message.signedMessage(), message.epoch(), context.currentSigners(),
                    context.currentProtocolParameters());
            if (signature.isEmpty()) {
                continue;
            }
            var envelope = signer.envelope(message.signedEntityTypeJson(), signature.get(), message.signedMessage());
            assertAccepted(signed.aggregator().signatureProcessor().submit(envelope));
            for (TestAggregator f : followers) {
                assertAccepted(f.aggregator().signatureProcessor().submit(viaDmq(signer.partyId(), envelope)));
            }
        }
        assertEquals(before + 1, signed.certificateCount(), "certified at quorum");
        for (int i = 0; i < followers.size(); i++) {
            assertEquals(followersBefore.get(i) + 1, followers.get(i).certificateCount(), "follower certified");
        }
    }

    /**
     * As the DMQ source hands a diffused signature to the processor: the party id authenticated by the DMQ layer, no
     * signed message (no STM pre-authentication, as the reference).
     */
    private static SingleSignatureEnvelope viaDmq(String partyId, SingleSignatureEnvelope envelope) {
        return new SingleSignatureEnvelope(partyId, envelope.signedEntityTypeJson(), envelope.signature(), null, "DMQ",
                Instant.EPOCH);
    }

    private static void assertAccepted(SignatureOutcome outcome) {
        assertTrue(outcome.status() == SignatureOutcome.Status.REGISTERED
                || outcome.status() == SignatureOutcome.Status.GONE, outcome.toString());
    }

    private static PendingMessage pending(TestAggregator aggregator, String type, long epoch) throws Exception {
        for (int i = 0; i < MAX_TICKS; i++) {
            Optional<PendingMessage> message = aggregator.pending(type).filter(m -> m.epoch() == epoch);
            if (message.isPresent()) {
                return message.get();
            }
            aggregator.tick();
        }
        throw new AssertionError(type + " not open at epoch " + epoch + " in state " + aggregator.state()
                + aggregator.aggregator().runtime().lastError().map(e -> ": " + e.getMessage()).orElse(""));
    }

    private void moveBoth(long epoch) {
        leader.chain.epoch(epoch);
        follower.chain.epoch(epoch);
    }

    private void immutableFile(long number) {
        leader.chain.immutableFileNumber(number);
        follower.chain.immutableFileNumber(number);
    }

    /** The leader first (its /epoch-settings then shows the new epoch), then the follower. */
    private void nextEpoch() throws Exception {
        leader.nextEpoch();
        follower.chain.epoch(leader.chain.epoch());
        follower.tickUntil("ready", MAX_TICKS);
    }

    /**
     * Every follower certificate verifies back to the leader's genesis; those the follower made itself differ from
     * the leader's (own seal) but carry the leader's aggregate verification key for the same signed entity.
     */
    private void assertFollowerChainValidWithLeaderKeys(long latestChainLength) throws Exception {
        CertificateChainVerifier verifier = verifierOver(follower);
        String genesis = leader.repositories().certificates().latestGenesis().orElseThrow().certificateId();
        int own = 0;
        for (CertificateRecord record : follower.repositories().certificates().latest(100)) {
            assertEquals(genesis, verifier.verifyChain(CertificateRecords.toDomain(record)).genesis().hash());
            if (leader.repositories().certificates().byHash(record.certificateId()).isPresent()) {
                continue;
            }
            own++;
            CertificateRecord leaders = leader.repositories().certificates().latest(100).stream()
                    .filter(l -> l.signedEntityTypeId() == record.signedEntityTypeId()
                            && l.signedEntityBeacon().equals(record.signedEntityBeacon()))
                    .findFirst().orElseThrow(() -> new AssertionError("leader never certified "
                            + record.signedEntityBeacon()));
            assertNotEquals(leaders.certificateId(), record.certificateId());
            assertEquals(leaders.aggregateVerificationKey(), record.aggregateVerificationKey());
            assertEquals(leaders.protocolMessage(), record.protocolMessage());
        }
        assertTrue(own > 0, "the follower made certificates of its own");
        Certificate latest = CertificateRecords.toDomain(follower.repositories().certificates().latest(1).get(0));
        assertEquals(latestChainLength, verifier.verifyChain(latest).length());
    }

    private static CertificateChainVerifier verifierOver(TestAggregator aggregator) {
        return CertificateChainVerifier.withReferenceCrypto(hash -> {
            try {
                return CertificateRecords.toDomain(aggregator.repositories().certificates().byHash(hash)
                        .orElseThrow());
            } catch (RuntimeException e) {
                throw new CertificateRetrievalException(e.getMessage(), e);
            }
        }, TestAggregator.GENESIS_KEY.verificationKey().toJsonHex());
    }
}
