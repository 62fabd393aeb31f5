package io.mithril.core.internal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.core.PendingMessage;
import io.mithril.core.SignerRegistrar;
import io.mithril.core.internal.fixtures.DatabaseTestPlugin;
import io.mithril.core.internal.fixtures.MsdTestPlugin;
import io.mithril.core.internal.fixtures.TestAggregator;
import io.mithril.core.internal.fixtures.TestSigner;
import io.mithril.core.internal.runtime.RuntimeLoop;
import io.mithril.core.internal.store.CertificateRecords;
import io.mithril.domain.Certificate;
import io.mithril.domain.chain.CertificateChainVerifier;
import io.mithril.domain.chain.CertificateRetrievalException;
import io.mithril.domain.chain.VerifiedChain;
import io.mithril.spi.signature.SignatureOutcome;
import io.mithril.spi.signedentity.EpochContext;
import io.mithril.store.CertificateRecord;

/**
 * The leader end to end in plain Java with real crypto: seven simulated pools of unequal stake register (with
 * operational certificates, or without through the test-network switch) and sign concurrently while the runtime
 * ticks on its own thread; over four epochs every message is certified exactly once, at quorum, and every
 * certificate verifies back to the genesis with the domain chain verifier.
 */
class LeaderEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path directory;

    @Test
    void withOperationalCertificates() throws Exception {
        run(TestAggregator.defaultConfiguration(), false);
    }

    @Test
    void withoutOperationalCertificatesOnATestNetwork() throws Exception {
        Map<String, Object> configuration = TestAggregator.defaultConfiguration();
        configuration.put("allow_registration_without_opcert", true);
        run(configuration, true);
    }

    private void run(Map<String, Object> configuration, boolean withoutOpcert) throws Exception {
        List<TestSigner> signers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            signers.add(new TestSigner(i, 10_000_000_000_000L / (i + 1)));
        }
        MsdTestPlugin msd = new MsdTestPlugin();
        DatabaseTestPlugin database = new DatabaseTestPlugin();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (TestAggregator aggregator = TestAggregator.start(directory, 20, signers, configuration, msd, database)) {
            SignerRegistrar registrar = aggregator.aggregator().signerRegisterer();
            aggregator.tick();
            register(registrar, signers, 21, withoutOpcert);
            aggregator.chain.epoch(21);
            aggregator.tickUntil("blocked-no-genesis", 2);
            aggregator.bootstrapGenesis();
            register(registrar, signers, 22, withoutOpcert);
            aggregator.chain.epoch(22);

            AtomicReference<Throwable> critical = new AtomicReference<>();
            try (RuntimeLoop loop = new RuntimeLoop(aggregator.aggregator().runtime(), Duration.ofMillis(20),
                    critical::set)) {
                loop.start();
                for (long epoch = 22; epoch <= 25; epoch++) {
                    certify(aggregator, pool, "MithrilStakeDistribution", epoch);
                    aggregator.chain.immutableFileNumber(epoch * 10);
                    certify(aggregator, pool, "CardanoDatabase", epoch);
                    register(registrar, signers, epoch + 1, withoutOpcert);
                    aggregator.chain.epoch(epoch + 1);
                }
            }
            assertEquals(null, critical.get());
            List<CertificateRecord> certificates = aggregator.repositories().certificates().latest(100);
            assertEquals(1 + 2 * 4, certificates.size());
            Set<String> certified = new HashSet<>();
            CertificateChainVerifier verifier = verifier(aggregator);
            for (CertificateRecord record : certificates) {
                assertTrue(certified.add(record.signedEntityTypeId() + ":" + record.signedEntityBeacon()),
                        "certified once: " + record.signedEntityBeacon());
                VerifiedChain chain = verifier.verifyChain(CertificateRecords.toDomain(record));
                assertEquals(21, chain.genesis().epoch().value());
            }
            Certificate latest = CertificateRecords.toDomain(certificates.get(0));
            assertEquals(25, latest.epoch().value());
            assertEquals(6, verifier.verifyChain(latest).length(), "DB(25) → MSD(25) → MSD(24) → … → genesis");
            assertEquals(4, msd.artifactsBuilt.get());
            assertEquals(4, database.artifactsBuilt.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void register(SignerRegistrar registrar, List<TestSigner> signers, long epoch,
            boolean withoutOpcert) throws Exception {
        for (TestSigner signer : signers) {
            registrar.register(withoutOpcert ? signer.registrationWithoutOpcert(epoch) : signer.registration(epoch),
                    null, null);
        }
    }

    /** Waits for the message of the type, every signer signs it concurrently, waits for its certificate. */
    private static void certify(TestAggregator aggregator, ExecutorService pool, String discriminant, long epoch)
            throws Exception {
        long before = aggregator.certificateCount();
        AtomicReference<PendingMessage> pending = new AtomicReference<>();
        await(() -> {
            Optional<PendingMessage> message = aggregator.pending(discriminant).filter(m -> m.epoch() == epoch);
            message.ifPresent(pending::set);
            return message.isPresent();
        }, discriminant + " open at epoch " + epoch);
        EpochContext context = aggregator.epochContext();
        List<Future<Optional<SignatureOutcome>>> submissions = new ArrayList<>();
        for (TestSigner signer : aggregator.signers) {
            submissions.add(pool.submit(() -> {
                var signature = signer.sign(pending.get().signedMessage(), epoch, context.currentSigners(),
                        context.currentProtocolParameters());
                return signature.map(s -> aggregator.aggregator().signatureProcessor().submit(
                        signer.envelope(pending.get().signedEntityTypeJson(), s, pending.get().signedMessage())));
            }));
        }
        for (Future<Optional<SignatureOutcome>> submission : submissions) {
            submission.get().ifPresent(outcome -> assertTrue(outcome.status() == SignatureOutcome.Status.REGISTERED
                    || outcome.status() == SignatureOutcome.Status.GONE, outcome.toString()));
        }
        assertEquals(before + 1, aggregator.certificateCount(), "certified when the quorum is stored");
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    private static CertificateChainVerifier verifier(TestAggregator aggregator) {
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
