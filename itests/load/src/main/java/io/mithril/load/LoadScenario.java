package io.mithril.load;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mithril.chain.devnet.DevnetChain;
import io.mithril.chain.devnet.DevnetChainObserver;
import io.mithril.chain.devnet.DevnetPools;
import io.mithril.core.PendingMessage;
import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.crypto.stm.Clerk;
import io.mithril.crypto.stm.ClosedKeyRegistration;
import io.mithril.crypto.stm.Parameters;
import io.mithril.crypto.stm.RegistrationEntry;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.devnet.AggregatorClient;
import io.mithril.devnet.EpochViewReader;
import io.mithril.devnet.ProtocolMessageComputer;
import io.mithril.devnet.SignerEpochView;
import io.mithril.devnet.StakeStore;
import io.mithril.devnet.e2e.EmbeddedAggregator;
import io.mithril.devnet.e2e.ManualClock;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.SignerWithStake;
import io.mithril.domain.message.RegisterSignerMessage;
import io.mithril.domain.message.SignedEntityTypeJson;

/**
 * One load run, like the reference's stress tool but with the devnet chain instead of a mock cardano-cli: the
 * aggregator starts at epoch 1; S signers register at epochs 1 and 2 (two measured bursts); the genesis is
 * bootstrapped at 2; at 3 the signers sign MithrilStakeDistribution(3) then CardanoStakeDistribution(2) (two measured
 * bursts, each followed by its certificate); then the read API is loaded. Everything goes through HTTP on loopback.
 */
final class LoadScenario {
    private static final Ed25519SigningKey GENESIS_KEY = Ed25519SigningKey.fromChaCha20RngSeed(new byte[32]);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    private final LoadOptions options;
    private final PrintStream log;
    private final long deadline;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final LoadResults results;
    private ManualClock clock;
    private DevnetChain chain;
    private SignerFixture fixture;
    private EmbeddedAggregator aggregator;
    private AggregatorClient client;
    private long registrationFloor;

    LoadScenario(LoadOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
        this.deadline = System.nanoTime() + options.timeout().toNanos();
        this.results = new LoadResults(options);
    }

    LoadResults run(Path dataDirectory) throws Exception {
        long fixtureStart = System.nanoTime();
        fixture = new SignerFixture(options.seed(), options.signers());
        clock = new ManualClock(System.currentTimeMillis());
        byte[] genesisHash = new byte[32];
        new SecureRandom().nextBytes(genesisHash);
        chain = new DevnetChain(DevnetChain.genesis(clock.getAsLong(), 1, 600_000, genesisHash), clock);
        List<RegisterSignerMessage> forEpoch2 = fixture.registrations(2, chain.kesPeriod());
        List<RegisterSignerMessage> forEpoch3 = fixture.registrations(3, chain.kesPeriod());
        results.fixtureNanos = System.nanoTime() - fixtureStart;
        log.printf("fixture: %d signers, 2 × %d registrations computed in %.1f s%n", options.signers(),
                options.signers(), results.fixtureNanos / 1e9);
        // floors are timed while nothing else of this run is busy (the aggregator is not started yet)
        registrationFloor = CryptoFloor.registration(forEpoch2, chain.kesPeriod());
        log.printf("crypto floor: %.2f ms per registration check%n", registrationFloor / 1e6);

        DevnetChainObserver observer = new DevnetChainObserver(chain,
                DevnetPools.distribution(options.seed(), options.signers()), 100);
        try (EmbeddedAggregator started = EmbeddedAggregator.start(dataDirectory, observer, configuration());
                CertificateWatcher certificates = new CertificateWatcher(AggregatorClient.of(started.endpoint()))) {
            aggregator = started;
            client = AggregatorClient.of(started.endpoint());
            log.println("aggregator: " + client.base());
            results.registrations.add(registrationBurst(2, forEpoch2));
            long transition = advanceEpoch(2);
            log.printf("epoch 2 reached in %.2f s%n", transition / 1e9);
            results.registrations.add(registrationBurst(3, forEpoch3));
            log.println("genesis " + aggregator.genesis().bootstrap(GENESIS_KEY.toJsonHex()));
            results.epochTransitionNanos = advanceEpoch(3);
            log.printf("epoch 3 reached (epoch data for %d signers computed) in %.2f s%n", options.signers(),
                    results.epochTransitionNanos / 1e9);
            results.signatures.add(signatureBurst(new SignedEntityType.MithrilStakeDistribution(
                    io.mithril.domain.Epoch.of(3)), certificates));
            results.signatures.add(signatureBurst(new SignedEntityType.CardanoStakeDistribution(
                    io.mithril.domain.Epoch.of(2)), certificates));
            readPhases();
        }
        return results;
    }

    private Map<String, Object> configuration() {
        Map<String, Object> configuration = new HashMap<>();
        configuration.put("network", "devnet");
        configuration.put("run_interval", options.runInterval().toMillis());
        configuration.put("chain_observer_type", "devnet");
        configuration.put("cardano_node_version", "10.5.1");
        configuration.put("protocol_parameters.k", options.k());
        configuration.put("protocol_parameters.m", options.m());
        configuration.put("protocol_parameters.phi_f", options.phiF());
        configuration.put("signed_entity_types", "MithrilStakeDistribution,CardanoStakeDistribution");
        configuration.put("genesis_verification_key", GENESIS_KEY.verificationKey().toJsonHex());
        return configuration;
    }

    /** Moves the chain to {@code epoch} and waits until the MSD open message of that epoch exists. */
    private long advanceEpoch(long epoch) throws Exception {
        long start = System.nanoTime();
        clock.nextEpoch(chain);
        if (epoch < 3) {
            awaitRegistrationRound(epoch);
        } else {
            awaitPending(new SignedEntityType.MithrilStakeDistribution(io.mithril.domain.Epoch.of(epoch)));
        }
        return System.nanoTime() - start;
    }

    /** Waits until the aggregator accepts registrations at {@code epoch} (probing with a real one, not timed). */
    private void awaitRegistrationRound(long epoch) throws Exception {
        RegisterSignerMessage probe = fixture.signers().get(0).registration(epoch + 1, chain.kesPeriod());
        while (client.registerSigner(probe).status() != 201) {
            checkDeadline("the registration round of epoch " + epoch);
            Thread.sleep(10);
        }
    }

    private LoadResults.Registrations registrationBurst(long registrationEpoch, List<RegisterSignerMessage> bodies)
            throws Exception {
        awaitRegistrationRound(registrationEpoch - 1);
        List<String> json = bodies.stream().map(SignerFixture::json).toList();
        Burst.Result burst = new Burst(http, options.clients(), REQUEST_TIMEOUT)
                .post(client.base().resolve("register-signer"), json, remaining());
        long floor = registrationFloor;
        log.printf("registrations for epoch %d: %d in %.2f s (%.0f/s), statuses %s, %s%n", registrationEpoch,
                json.size(), burst.wallNanos() / 1e9, burst.perSecond(), burst.statusCounts(), burst.latencies());
        return new LoadResults.Registrations(registrationEpoch, burst, floor);
    }

    private LoadResults.Signatures signatureBurst(SignedEntityType type, CertificateWatcher certificates)
            throws Exception {
        PendingMessage pending = awaitPending(type);
        SignerEpochView view = signerView();
        ProtocolMessage message = ProtocolMessageComputer.standard(stakeStore()).compute(type, view);
        if (!message.computeHash().equals(pending.signedMessage())) {
            throw new IllegalStateException("the signers' " + type + " message " + message.computeHash()
                    + " differs from the aggregator's " + pending.signedMessage());
        }
        ClosedKeyRegistration current = closed(view.currentSigners());
        Parameters parameters = new Parameters(options.m(), options.k(), options.phiF());
        long signStart = System.nanoTime();
        // smallest stakes first (devnet pool i+1 weighs less than pool i), so the quorum comes late in the burst and
        // most signatures are verified and stored rather than refused as already certified
        List<SignerFixture.SignedBody> signed = new ArrayList<>(fixture.signatures(type, message,
                view.signingRegistrationEpoch(), parameters, current));
        java.util.Collections.reverse(signed);
        log.printf("%s: %d of %d signers won, signed in %.1f s%n", describe(type), signed.size(), options.signers(),
                (System.nanoTime() - signStart) / 1e9);
        // floors before the burst, while the aggregator only waits for signatures
        Clerk clerk = new Clerk(parameters, current);
        List<SingleSignature> signatures = signed.stream().map(SignerFixture.SignedBody::signature).toList();
        long floorEach = CryptoFloor.singleSignature(clerk, signatures, message.signedPayload());
        long floorCertificate = CryptoFloor.certificate(clerk, signatures, message.signedPayload(),
                new ProtocolParameters(options.k(), options.m(), options.phiF()));
        Burst.Result burst = new Burst(http, options.clients(), REQUEST_TIMEOUT).post(
                client.base().resolve("register-signatures"), signed.stream().map(SignerFixture.SignedBody::body)
                        .toList(), remaining());
        long quorum = quorumNanos(burst, signed);
        long certificate = certificates.await(SignedEntityTypeJson.toJson(type).toString(), deadline) - burst.startNanos();
        log.printf("%s: %d signatures in %.2f s (%.0f/s), statuses %s, quorum at %.0f ms, certificate at %.0f ms%n",
                describe(type), signed.size(), burst.wallNanos() / 1e9, burst.perSecond(), burst.statusCounts(),
                quorum / 1e6, certificate / 1e6);
        return new LoadResults.Signatures(describe(type), burst, quorum, certificate, floorEach, floorCertificate);
    }

    /**
     * When (from the burst start) the aggregator could first hold k distinct lottery indexes: the moment the request
     * that completed them (in answer order) was sent. The runtime may certify while answering that very request.
     */
    private long quorumNanos(Burst.Result burst, List<SignerFixture.SignedBody> signed) {
        List<Burst.Answer> answers = new ArrayList<>(burst.answers());
        answers.sort(Comparator.comparingLong(Burst.Answer::answeredNanos));
        BitSet indexes = new BitSet();
        for (Burst.Answer answer : answers) {
            if (answer.status() == 201 || answer.status() == 202) {
                for (long index : signed.get(answer.index()).signature().indexes()) {
                    indexes.set((int) index);
                }
                if (indexes.cardinality() >= options.k()) {
                    return answer.sentNanos() - burst.startNanos();
                }
            }
        }
        throw new IllegalStateException("the accepted signatures never reached k=" + options.k() + " indexes ("
                + indexes.cardinality() + ")");
    }

    private PendingMessage awaitPending(SignedEntityType type) throws InterruptedException {
        String json = SignedEntityTypeJson.toJson(type).toString();
        while (true) {
            Optional<PendingMessage> pending = aggregator.aggregator().pendingMessages().pending().stream()
                    .filter(p -> p.signedEntityTypeJson().equals(json)).findFirst();
            if (pending.isPresent()) {
                return pending.get();
            }
            checkDeadline("the open message of " + json);
            Thread.sleep(5);
        }
    }

    /** The signers' own view of epoch 3, as the devnet simulator builds it. */
    private SignerEpochView signerView() throws Exception {
        List<String> missing = new ArrayList<>();
        return new EpochViewReader(client, stakeStore()).read(client.epochSettings(), missing)
                .orElseThrow(() -> new IllegalStateException("signer view incomplete: " + missing));
    }

    private StakeStore stakeStore() {
        StakeStore stakes = new StakeStore();
        stakes.recordReadDuring(chain.currentEpoch(), DevnetPools.distribution(options.seed(), options.signers()));
        return stakes;
    }

    private static ClosedKeyRegistration closed(List<SignerWithStake> signers) throws Exception {
        List<RegistrationEntry> entries = new ArrayList<>(signers.size());
        for (SignerWithStake signer : signers) {
            entries.add(new RegistrationEntry(StmJsonHex.decodeVerificationKeyProofOfPossession(
                    signer.verificationKey()).verificationKey(), signer.stake()));
        }
        return ClosedKeyRegistration.of(entries);
    }

    private void readPhases() throws Exception {
        String certificate = client.getJson("certificates").get(0).path("hash").asText();
        String msd = client.getJson("artifact/mithril-stake-distributions").get(0).path("hash").asText();
        ReadLoad reads = new ReadLoad(http, options.clients(), REQUEST_TIMEOUT);
        for (String route : List.of("certificates", "certificate/" + certificate, "status",
                "artifact/mithril-stake-distributions", "artifact/mithril-stake-distribution/" + msd,
                "epoch-settings")) {
            checkDeadline("the read phases");
            ReadLoad.Result result = reads.run(client.base(), route, options.readPhase());
            log.printf("GET /%s: %.0f req/s, %.1f MB/s, %d errors, %s%n", route, result.perSecond(),
                    result.megabytesPerSecond(), result.errors(), result.latencies());
            results.reads.add(result);
        }
    }

    static String describe(SignedEntityType type) {
        return type.discriminant().jsonName() + "(" + type.beaconJson() + ")";
    }

    private Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private void checkDeadline(String what) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("timed out waiting for " + what);
        }
    }
}
