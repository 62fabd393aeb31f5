package io.mithril.devnet.e2e.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.signature.dmq.DmqSignatureSource;

/**
 * "DMQ relay restart: no duplicate certificates, no signature lost within the TTL". Signers publish an epoch's
 * signatures to the relay while the followers cannot reach it; the relay stops before any follower consumed them and
 * restarts from its mempool file; with no signer publishing anything more, the followers still certify that epoch,
 * each DMQ message reaches a follower's signature processor exactly once, and the messages the restarted relay
 * replays that a follower already had are dropped and counted as duplicates.
 */
class RelayRestartFromMempoolFileTest {
    private static final int FOLLOWERS = 2;

    @TempDir
    Path directory;

    @Test
    void signaturesTheRelayHeldWhenItStoppedReachTheFollowersAfterItsRestartAndNoneTwice() throws Exception {
        try (AggregatorNetwork network = AggregatorNetwork.withPersistentRelay(directory, FOLLOWERS)) {
            String genesis = network.bootstrap();
            network.certifyNextEpoch();

            // the followers lose the relay: they already consumed everything published so far
            long[] failuresBefore = new long[FOLLOWERS];
            for (int f = 0; f < FOLLOWERS; f++) {
                failuresBefore[f] = network.followerDmq(f).connectionFailures();
            }
            network.cutFollowersOffTheRelay();
            network.stopRelay();
            long[] consumedBefore = new long[FOLLOWERS];
            long[] duplicatesBefore = new long[FOLLOWERS];
            for (int f = 0; f < FOLLOWERS; f++) {
                DmqSignatureSource dmq = network.followerDmq(f);
                int index = f;
                // once the consumer noticed the loss its counters are settled
                await(() -> dmq.connectionFailures() > failuresBefore[index], "follower " + f + " disconnected");
                consumedBefore[f] = dmq.valid();
                duplicatesBefore[f] = dmq.duplicates();
                assertTrue(consumedBefore[f] > 0, "follower " + f + " consumed DMQ messages before");
            }

            // the relay restarts and the signers publish the next epoch's signatures to it; no follower gets them
            network.startRelay();
            long epoch = network.certifyNextEpochOnTheLeader();
            int held = network.relay().mempool().size();
            for (int f = 0; f < FOLLOWERS; f++) {
                assertEquals(consumedBefore[f], network.followerDmq(f).valid(), "follower " + f + " consumed none");
                assertFalse(ServedChain.certifies(network.followerClient(f), epoch));
            }
            assertTrue(held > consumedBefore[0], "the relay holds the new signatures");

            // the relay stops before any follower consumed them, restarts from its mempool file, followers reconnect
            network.stopRelay();
            network.startRelay();
            assertEquals(held, network.relay().mempool().size(), "every unexpired message reloaded");
            network.reconnectFollowersToTheRelay();
            network.awaitFollowersCertify(epoch);

            for (int f = 0; f < FOLLOWERS; f++) {
                DmqSignatureSource dmq = network.followerDmq(f);
                int index = f;
                await(() -> dmq.valid() == held, "follower " + f + " handed over every held message");
                await(() -> dmq.duplicates() - duplicatesBefore[index] == consumedBefore[index],
                        "follower " + f + " dropped the replayed messages it had");
                assertEquals(held, dmq.valid(), "each message handed to the signature processor once");
                assertEquals(consumedBefore[f], dmq.duplicates() - duplicatesBefore[f]);
                assertTrue(dmq.invalidByReason().values().stream().allMatch(n -> n == 0), dmq.invalidByReason()
                        .toString());
                MultiAggregatorEndToEndTest.assertFollowerChainMatchesLeader(network, f, genesis);
            }
            assertTrue(network.refusals.isEmpty(), network.refusals.toString());
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
