package io.mithril.devnet.e2e.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import io.mithril.chain.devnet.DevnetChain;
import io.mithril.chain.devnet.DevnetChainObserver;
import io.mithril.chain.devnet.DevnetPools;
import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.devnet.AggregatorClient;
import io.mithril.devnet.ChainObserverView;
import io.mithril.devnet.HttpSignaturePublisher;
import io.mithril.devnet.SignaturePublisher;
import io.mithril.devnet.SignaturePublisher.Outcome;
import io.mithril.devnet.SignerSimulator;
import io.mithril.devnet.SimulatedSigner;
import io.mithril.devnet.SimulatorListener;
import io.mithril.devnet.e2e.EmbeddedAggregator;
import io.mithril.devnet.e2e.ManualClock;
import io.mithril.devnet.network.DmqSignaturePublishing;
import io.mithril.devnet.network.HttpAndDmqPublishing;
import io.mithril.dmq.relay.DmqRelay;
import io.mithril.dmq.relay.DmqRelaySettings;
import io.mithril.dmq.relay.RelayMempool;
import io.mithril.dmq.relay.RelayValidation;
import io.mithril.domain.SignedEntityType;
import io.mithril.ouroboros.dmq.DmqProtocol;
import io.mithril.signature.dmq.DmqSignatureSource;

/**
 * A leader, followers and a DMQ relay over one devnet chain whose epochs move on demand, with simulated signers that
 * register with the leader over HTTP and publish each signature through DMQ then over HTTP to the leader — the
 * reference end-to-end devnet with <code>--use-dmq</code> (aggregator.md §3.6), in one JVM.
 */
final class AggregatorNetwork implements AutoCloseable {
    static final int SIGNERS = 5;
    static final Ed25519SigningKey GENESIS_KEY = Ed25519SigningKey.fromChaCha20RngSeed(new byte[32]);
    static final Duration WAIT = Duration.ofSeconds(90);

    final ManualClock clock = new ManualClock(System.currentTimeMillis());
    final DevnetChain chain;
    final DevnetChainObserver observer;
    final Path directory;
    final Path dmqSocket;
    /** Where the followers' DMQ consumers connect: the relay's socket, or a link to it that can be cut. */
    final Path followersDmqSocket;
    private final Path mempoolFile;
    final List<String> refusals = new CopyOnWriteArrayList<>();
    private final RelayValidation relayValidation;
    private final Clock relayClock;
    final EmbeddedAggregator leader;
    final List<FollowerNode> followers = new ArrayList<>();
    private DmqRelay relay;
    private SignerSimulator signers;

    AggregatorNetwork(Path directory, int followerCount, RelayValidation relayValidation) throws Exception {
        this(directory, followerCount, relayValidation, Duration.ZERO);
    }

    /** @param relayClockLag how far the relay's clock is behind (lets an already expired message through) */
    AggregatorNetwork(Path directory, int followerCount, RelayValidation relayValidation, Duration relayClockLag)
            throws Exception {
        this(directory, followerCount, relayValidation, relayClockLag, false);
    }

    /**
     * A fully validating relay that keeps its mempool in <code>dmq.socket.mempool</code> (restarts reload it), and
     * followers that reach it through a link that {@link #cutFollowersOffTheRelay} removes.
     */
    static AggregatorNetwork withPersistentRelay(Path directory, int followerCount) throws Exception {
        return new AggregatorNetwork(directory, followerCount, RelayValidation.FULL, Duration.ZERO, true);
    }

    private AggregatorNetwork(Path directory, int followerCount, RelayValidation relayValidation,
            Duration relayClockLag, boolean persistentRelay) throws Exception {
        this.directory = directory;
        this.relayValidation = relayValidation;
        this.relayClock = Clock.offset(Clock.systemUTC(), relayClockLag.negated());
        byte[] genesisHash = new byte[32];
        new SecureRandom().nextBytes(genesisHash);
        chain = new DevnetChain(DevnetChain.genesis(clock.getAsLong(), 1, 30_000, genesisHash), clock);
        observer = new DevnetChainObserver(chain, DevnetPools.distribution(SIGNERS), 100);
        dmqSocket = directory.resolve("dmq.socket");
        mempoolFile = persistentRelay ? DmqRelaySettings.mempoolFileBeside(dmqSocket) : null;
        followersDmqSocket = persistentRelay ? directory.resolve("followers-dmq.socket") : dmqSocket;
        if (persistentRelay) {
            reconnectFollowersToTheRelay();
        }
        startRelay();
        leader = EmbeddedAggregator.start(directory.resolve("leader"), observer, configuration());
        for (int i = 0; i < followerCount; i++) {
            followers.add(startFollower(i));
        }
        signers = simulator();
    }

    static Map<String, Object> configuration() {
        Map<String, Object> configuration = new HashMap<>();
        configuration.put("network", "devnet");
        configuration.put("run_interval", 50);
        configuration.put("chain_observer_type", "devnet");
        configuration.put("cardano_node_version", "10.5.1");
        configuration.put("protocol_parameters.k", 70);
        configuration.put("protocol_parameters.m", 105);
        configuration.put("protocol_parameters.phi_f", 0.95);
        configuration.put("signed_entity_types", "MithrilStakeDistribution,CardanoStakeDistribution");
        configuration.put("genesis_verification_key", GENESIS_KEY.verificationKey().toJsonHex());
        return configuration;
    }

    /** A new relay: with a fresh mempool, or with the unexpired messages of its mempool file when it has one. */
    void startRelay() throws Exception {
        DmqRelaySettings settings = DmqRelaySettings.of(dmqSocket, DmqProtocol.DEVNET_MAGIC)
                .withValidation(relayValidation);
        relay = mempoolFile == null
                ? DmqRelay.start(settings, new RelayMempool(relayClock, RelayMempool.DEFAULT_CAPACITY), relayClock)
                : DmqRelay.start(settings.withMempoolFile(mempoolFile), relayClock);
    }

    /** The followers' consumers can no longer connect (their current connections stay until the relay stops). */
    void cutFollowersOffTheRelay() throws IOException {
        Files.delete(followersDmqSocket);
    }

    /** The followers' consumers reach the relay again at their next (back-off) attempt. */
    void reconnectFollowersToTheRelay() throws IOException {
        Files.createSymbolicLink(followersDmqSocket, dmqSocket.getFileName());
    }

    void stopRelay() {
        relay.close();
    }

    DmqRelay relay() {
        return relay;
    }

    FollowerNode startFollower(int index) throws Exception {
        return FollowerNode.start(directory.resolve("follower-" + index), observer, configuration(),
                leader.endpoint().toString(), followersDmqSocket);
    }

    void restartFollower(int index) throws Exception {
        followers.get(index).close();
        followers.set(index, startFollower(index));
    }

    AggregatorClient leaderClient() {
        return AggregatorClient.of(leader.endpoint());
    }

    AggregatorClient followerClient(int index) {
        return AggregatorClient.of(followers.get(index).aggregator().endpoint());
    }

    /** Registrations for 2 and 3 (chain at 1, then 2), then the genesis certificate at epoch 2. */
    String bootstrap() throws Exception {
        cycleUntil(() -> registeredFor(2) == SIGNERS, "registrations for epoch 2");
        clock.nextEpoch(chain);
        cycleUntil(() -> registeredFor(3) == SIGNERS, "registrations for epoch 3");
        return leader.genesis().bootstrap(GENESIS_KEY.toJsonHex());
    }

    /** Next epoch; signers cycle until the leader and every follower certified MSD(epoch) and CSD(epoch − 1). */
    void certifyNextEpoch() throws InterruptedException {
        clock.nextEpoch(chain);
        long epoch = chain.currentEpoch();
        cycleUntil(() -> ServedChain.certifies(leaderClient(), epoch) && registeredFor(epoch + 1) == SIGNERS
                && followersCertify(epoch), "MSD and CSD certificates of " + epoch + " on every aggregator");
    }

    /** Next epoch; signers cycle until the leader certified MSD(epoch) and CSD(epoch − 1); returns the epoch. */
    long certifyNextEpochOnTheLeader() throws InterruptedException {
        clock.nextEpoch(chain);
        long epoch = chain.currentEpoch();
        cycleUntil(() -> ServedChain.certifies(leaderClient(), epoch) && registeredFor(epoch + 1) == SIGNERS,
                "MSD and CSD certificates of " + epoch + " on the leader");
        return epoch;
    }

    /** Waits (bounded) without any signer cycle, so only what the relay already holds can certify. */
    void awaitFollowersCertify(long epoch) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!followersCertify(epoch)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("followers did not certify " + epoch + " within " + WAIT + ": "
                        + followerErrors());
            }
            Thread.sleep(50);
        }
    }

    boolean followersCertify(long epoch) {
        for (int i = 0; i < followers.size(); i++) {
            if (!ServedChain.certifies(followerClient(i), epoch)) {
                return false;
            }
        }
        return true;
    }

    /** Runs simulator cycles until the condition holds (bounded). */
    void cycleUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + WAIT + "; last cycle: " + signers.runCycle()
                        + "; followers: " + followerErrors());
            }
            signers.runCycle();
            Thread.sleep(50);
        }
    }

    private List<String> followerErrors() {
        List<String> errors = new ArrayList<>();
        for (FollowerNode follower : followers) {
            errors.add(follower.aggregator().aggregator().runtime().state().label() + " " + follower.aggregator()
                    .aggregator().runtime().lastError().map(Throwable::getMessage).orElse("") + " dmq="
                    + follower.dmq().invalidByReason() + " valid=" + follower.dmq().valid());
        }
        return errors;
    }

    /** How many signers the leader stored under {@code epoch}: <code>/signers/registered/{epoch−1}</code>. */
    int registeredFor(long epoch) {
        try {
            AggregatorClient.Response response = leaderClient().get("signers/registered/" + (epoch - 1));
            return response.status() == 200
                    ? io.mithril.domain.message.MithrilJson.newObjectMapper().readTree(response.body())
                            .path("registrations").size()
                    : 0;
        } catch (Exception e) {
            return -1;
        }
    }

    private SignerSimulator simulator() {
        ChainObserverView view = new ChainObserverView(observer);
        AggregatorClient client = leaderClient();
        SignaturePublisher publisher = new HttpAndDmqPublishing(
                DmqSignaturePublishing.of(dmqSocket, DmqProtocol.DEVNET_MAGIC, view), new HttpSignaturePublisher(client));
        List<SimulatedSigner> list = new ArrayList<>();
        for (int i = 0; i < SIGNERS; i++) {
            list.add(new SimulatedSigner(DevnetPools.DEFAULT_SEED, i));
        }
        return new SignerSimulator(list, view, client, publisher, new SimulatorListener() {
            @Override
            public void registrationFailed(String partyId, long epoch, String reason) {
                refusals.add("registration of " + partyId + " for " + epoch + ": " + reason);
            }

            @Override
            public void signaturePublished(SignedEntityType type, String partyId, String message, int indexes,
                    Outcome outcome) {
                if (outcome.status() == SignaturePublisher.Status.REJECTED || outcome.detail().contains("REJECTED")) {
                    refusals.add("signature of " + partyId + " for " + type + ": " + outcome);
                }
            }
        });
    }

    @Override
    public void close() throws Exception {
        signers.close();
        for (FollowerNode follower : followers) {
            follower.close();
        }
        leader.close();
        relay.close();
    }

    DmqSignatureSource followerDmq(int index) {
        return followers.get(index).dmq();
    }
}
