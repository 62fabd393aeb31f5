package io.mithril.devnet.e2e.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.chain.devnet.DevnetPools;
import io.mithril.crypto.cardano.OperationalCertificate;
import io.mithril.devnet.SimulatedSigner;
import io.mithril.dmq.relay.RelayValidation;
import io.mithril.ouroboros.dmq.DmqMessage;
import io.mithril.ouroboros.dmq.DmqOperationalCertificate;
import io.mithril.signature.dmq.DmqMessageBuilder;
import io.mithril.signature.dmq.DmqSignatureSource;
import io.mithril.signature.dmq.DmqSignedEntityType;
import io.mithril.signature.dmq.DropReason;
import io.mithril.signature.dmq.MithrilDmqBody;

/**
 * Forged DMQ messages for the open MithrilStakeDistribution reach the followers through a relay that checks only the
 * structure (mithril-relay, the reference e2e's fake DMQ node): a bad KES signature, an operational certificate not
 * signed by the message's cold key, and an expired message are dropped and counted by each follower's DMQ consumer;
 * a well-formed message of a pool outside the stake distribution passes DMQ and is refused by the runtime. None is
 * certified: the epoch still certifies with the leader's keys.
 */
class ForgedDmqMessagesTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /**
     * The relay, like mithril-relay, refuses what it sees expired: its clock runs 4 minutes behind so that a message
     * that expired 2 minutes ago still reaches the followers (within the 5-minute horizon slack for honest ones).
     */
    private static final Duration RELAY_CLOCK_LAG = Duration.ofMinutes(4);

    @TempDir
    Path directory;

    @Test
    void forgedMessagesAreDroppedCountedAndNeverCertified() throws Exception {
        try (AggregatorNetwork network = new AggregatorNetwork(directory, 2, RelayValidation.STRUCTURAL,
                RELAY_CLOCK_LAG)) {
            String genesis = network.bootstrap();
            network.certifyNextEpoch();
            long epoch = network.chain.currentEpoch() + 1;
            long kesPeriod = network.observer.currentKesPeriod().orElseThrow();
            SimulatedSigner signer = new SimulatedSigner(DevnetPools.DEFAULT_SEED, 0);
            SimulatedSigner other = new SimulatedSigner(DevnetPools.DEFAULT_SEED, 1);
            SimulatedSigner outsider = new SimulatedSigner(DevnetPools.DEFAULT_SEED, AggregatorNetwork.SIGNERS + 2);

            DmqMessage genuine = builder(signer, kesPeriod, Clock.systemUTC()).build(body(epoch, 1), kesPeriod);
            byte[] kesSignature = genuine.kesSignature();
            kesSignature[10] ^= 1;
            submit(network, DmqMessage.create(genuine.messageId(), genuine.payload(), kesSignature,
                    genuine.operationalCertificate(), genuine.coldVerificationKey()));
            DmqMessage othersGenuine = builder(other, kesPeriod, Clock.systemUTC()).build(body(epoch, 2), kesPeriod);
            submit(network, DmqMessage.create(othersGenuine.messageId(), othersGenuine.payload(),
                    othersGenuine.kesSignature(), othersGenuine.operationalCertificate(),
                    signer.pool().coldKey().verificationKey().toBytes()));
            Instant expiredTwoMinutesAgo = Instant.now().minus(DmqMessageBuilder.DEFAULT_TTL).minusSeconds(120);
            submit(network, builder(signer, kesPeriod, Clock.fixed(expiredTwoMinutesAgo, ZoneOffset.UTC))
                    .build(body(epoch, 3), kesPeriod));
            submit(network, builder(outsider, kesPeriod, Clock.systemUTC()).build(body(epoch, 4), kesPeriod));

            for (FollowerNode follower : network.followers) {
                DmqSignatureSource dmq = follower.dmq();
                awaitTrue(() -> dmq.invalid(DropReason.INVALID_KES_SIGNATURE) == 1
                        && dmq.invalid(DropReason.INVALID_OPCERT_SIGNATURE) == 1
                        && dmq.invalid(DropReason.EXPIRED) == 1 && dmq.received() >= 4,
                        () -> "follower counters: " + dmq.invalidByReason() + " received " + dmq.received());
            }
            network.certifyNextEpoch();
            for (int f = 0; f < network.followers.size(); f++) {
                MultiAggregatorEndToEndTest.assertFollowerChainMatchesLeader(network, f, genesis);
            }
            assertEquals(List.of(), network.refusals);
        }
    }

    /** A body for MSD(epoch) whose signature bytes differ per forgery, so each message has its own id. */
    private static MithrilDmqBody body(long epoch, int forgery) {
        return new MithrilDmqBody(DmqSignedEntityType.mithrilStakeDistribution(epoch), new byte[] {0x0a, (byte) forgery});
    }

    private static DmqMessageBuilder builder(SimulatedSigner signer, long kesPeriod, Clock clock) {
        OperationalCertificate opcert = signer.operationalCertificate(kesPeriod);
        return new DmqMessageBuilder(signer.newKesSecretKey(opcert.issueNumber()), opcert, clock,
                DmqMessageBuilder.DEFAULT_TTL);
    }

    private static void submit(AggregatorNetwork network, DmqMessage message) {
        var result = network.relay().submit(message.encoded());
        assertTrue(result.isAccepted(), () -> "the structural relay takes it: " + result);
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition,
            java.util.function.Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what.get());
            }
            Thread.sleep(20);
        }
    }
}
