package io.mithril.devnet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.mithril.crypto.stm.StmException;
import io.mithril.devnet.AggregatorClient.AggregatorClientException;
import io.mithril.devnet.ChainView.ChainViewException;
import io.mithril.devnet.SignableParts.MessageComputationException;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.message.EpochSettingsMessage;

/**
 * Runs simulated signers against an aggregator, one cycle at a time, like the reference mithril-signer's state
 * machine: read the chain (epoch, KES period, stakes) and <code>/epoch-settings</code>; once the aggregator is at the
 * chain's epoch N, register every signer for N+1; then, for each enabled signed entity type not yet signed at N,
 * compute the protocol message from the signer's own view, sign, and publish what the lottery gave. Cycles run on
 * one daemon thread at a fixed delay ({@link #start(Duration)}) or on demand ({@link #runCycle()}).
 */
public final class SignerSimulator implements AutoCloseable {
    /** Cycles a beacon is retried while the aggregator fails (5xx, unreachable) before the signers give up. */
    static final int MAX_ATTEMPTS = 30;

    private final List<SimulatedSigner> signers;
    private final ChainView chain;
    private final AggregatorClient client;
    private final SignaturePublisher publisher;
    private final SimulatorListener listener;
    private final StakeStore stakes = new StakeStore();
    private final ProtocolMessageComputer computer;
    private final EpochViewReader viewReader;
    private final SignerRegistrar registrar;
    /** Beacons of this epoch every signer is done with. */
    private final Set<String> signedBeacons = new HashSet<>();
    /** Per beacon of this epoch, the parties done with it (accepted, refused, too late or lottery lost). */
    private final Map<String, Set<String>> partiesDone = new HashMap<>();
    private final Map<String, Integer> attempts = new HashMap<>();
    private long lastEpoch = -1;
    private volatile ScheduledExecutorService scheduler;

    public SignerSimulator(List<SimulatedSigner> signers, ChainView chain, AggregatorClient client,
            SignaturePublisher publisher, SimulatorListener listener) {
        this.signers = List.copyOf(signers);
        this.chain = Objects.requireNonNull(chain, "chain");
        this.client = Objects.requireNonNull(client, "client");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.computer = ProtocolMessageComputer.standard(stakes);
        this.viewReader = new EpochViewReader(client, stakes);
        this.registrar = new SignerRegistrar(client, listener);
    }

    /** {@code count} signers operating devnet pools 0…count−1 of {@code seed}, publishing over HTTP. */
    public static SignerSimulator devnet(String seed, int count, ChainView chain, AggregatorClient client,
            SimulatorListener listener) {
        List<SimulatedSigner> signers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            signers.add(new SimulatedSigner(seed, i));
        }
        return new SignerSimulator(signers, chain, client, new HttpSignaturePublisher(client), listener);
    }

    public List<SimulatedSigner> signers() {
        return signers;
    }

    /** What one cycle did. {@code waitingFor} is set when the cycle stopped early. */
    public record CycleReport(long epoch, int registered, int beaconsSigned, Optional<String> waitingFor) {
    }

    /** Runs one cycle now. Errors end the cycle (reported as waiting); the next cycle starts over. */
    public synchronized CycleReport runCycle() {
        long epoch = -1;
        try {
            epoch = chain.currentEpoch();
            if (epoch != lastEpoch) {
                lastEpoch = epoch;
                signedBeacons.clear();
                partiesDone.clear();
                attempts.clear();
                listener.epochChanged(epoch);
            }
            stakes.recordReadDuring(epoch, chain.currentStakeDistribution());
            EpochSettingsMessage settings = client.epochSettings();
            if (settings.epoch() != epoch) {
                return waiting(epoch, 0, "the aggregator is at epoch " + settings.epoch() + ", the chain at " + epoch);
            }
            int registered = registrar.registerAll(signers, epoch + 1, chain.currentKesPeriod());
            List<String> missing = new ArrayList<>();
            Optional<SignerEpochView> view = viewReader.read(settings, missing);
            if (view.isEmpty()) {
                return waiting(epoch, registered, "missing " + String.join(", ", missing));
            }
            if (view.get().currentSigners().isEmpty()) {
                return waiting(epoch, registered, "no signers registered for epoch " + epoch);
            }
            return new CycleReport(epoch, registered, signBeacons(view.get()), Optional.empty());
        } catch (ChainViewException | AggregatorClientException | StmException e) {
            return waiting(epoch, 0, e.getMessage());
        }
    }

    private int signBeacons(SignerEpochView view) throws StmException {
        EpochSigning signing = null;
        int signed = 0;
        for (SignedEntityType beacon : computer.beaconsToSign(view)) {
            String key = beacon.discriminant() + ":" + beacon.beaconJson();
            if (signedBeacons.contains(key)) {
                continue;
            }
            ProtocolMessage message;
            try {
                message = computer.compute(beacon, view);
            } catch (MessageComputationException e) {
                listener.waiting("cannot compute the message of " + beacon + ": " + e.getMessage());
                continue;
            }
            signing = signing == null ? EpochSigning.of(view) : signing;
            Set<String> done = partiesDone.computeIfAbsent(key, k -> new HashSet<>());
            if (signing.signAndPublish(signers, beacon, message, publisher, listener, done)) {
                signedBeacons.add(key);
                signed++;
            } else if (attempts.merge(key, 1, Integer::sum) >= MAX_ATTEMPTS) {
                signedBeacons.add(key);
                listener.waiting("gave up " + beacon + " after " + MAX_ATTEMPTS + " cycles without delivering"
                        + " every signature");
            }
        }
        return signed;
    }

    private CycleReport waiting(long epoch, int registered, String reason) {
        listener.waiting(reason);
        return new CycleReport(epoch, registered, 0, Optional.of(reason));
    }

    /** Runs a cycle every {@code interval} (fixed delay) on a daemon thread until {@link #close()}. */
    public synchronized void start(Duration interval) {
        if (scheduler != null) {
            throw new IllegalStateException("already started");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mithril-devnet-signers");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runCycleSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runCycleSafely() {
        try {
            runCycle();
        } catch (RuntimeException e) {
            // one broken cycle must not stop the schedule; report and go on
            listener.waiting("simulator cycle failed: " + e);
        }
    }

    /** Stops the cycles, waiting briefly for a running one to end. */
    @Override
    public void close() {
        ScheduledExecutorService running = scheduler;
        if (running == null) {
            return;
        }
        running.shutdownNow();
        try {
            running.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
