package io.mithril.core.internal.certifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.core.PendingMessage;
import io.mithril.core.internal.epoch.EpochData;
import io.mithril.core.internal.fixtures.DatabaseTestPlugin;
import io.mithril.core.internal.fixtures.MsdTestPlugin;
import io.mithril.core.internal.fixtures.TestPlugins;
import io.mithril.core.internal.fixtures.TestAggregator;
import io.mithril.core.internal.fixtures.TestSigner;
import io.mithril.core.internal.store.CertificateRecords;
import io.mithril.domain.Certificate;
import io.mithril.domain.Epoch;
import io.mithril.domain.SignedEntityType;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.internal.PrometheusMetricsService;
import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.TimePoint;
import io.mithril.store.SignedEntityRecord;

/** The asynchronous artifact job of aggregator.md §2.6: per-type lock, two attempts, then no artifact. */
class ArtifactJobsTest {
    private static final long STAKE = 1_000_000_000_000L;

    @TempDir
    Path directory;

    /** An executor the test drains by hand, to observe the job while it is pending. */
    private static final class ManualExecutor implements Executor {
        final Deque<Runnable> queued = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            queued.add(command);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    /** A real MSD(12) certificate produced by a test aggregator, to build artifacts for. */
    private Certificate certificateOf(TestAggregator aggregator) throws Exception {
        aggregator.tick();
        aggregator.registerAll();
        aggregator.chain.epoch(11);
        aggregator.tickUntil("blocked-no-genesis", 2);
        aggregator.bootstrapGenesis();
        aggregator.registerAll();
        aggregator.chain.epoch(12);
        aggregator.tickUntil("signing", 3);
        PendingMessage message = aggregator.pending("MithrilStakeDistribution").orElseThrow();
        aggregator.sign(message, aggregator.signers);
        return CertificateRecords.toDomain(aggregator.repositories().certificates().latest(1).get(0));
    }

    @Test
    void locksTheTypeUntilTheJobEndsAndRetriesOnce() throws Exception {
        MsdTestPlugin failing = new MsdTestPlugin();
        failing.failuresToInject = 2;
        try (TestAggregator aggregator = TestAggregator.start(directory, 10, TestSigner.pools(3, STAKE), failing)) {
            Certificate certificate = certificateOf(aggregator);
            ManualExecutor executor = new ManualExecutor();
            PrometheusMetricsService metrics = new PrometheusMetricsService();
            ArtifactJobs jobs = new ArtifactJobs(aggregator.repositories().signedEntities(), metrics, executor,
                    aggregator.clock);
            MsdTestPlugin plugin = new MsdTestPlugin();
            plugin.failuresToInject = 1;
            SignedEntityType type = new SignedEntityType.MithrilStakeDistribution(Epoch.of(12));
            jobs.start(plugin, type, certificate, aggregator.epochContext());
            assertTrue(jobs.isLocked("MithrilStakeDistribution"));
            assertTrue(jobs.anyLocked());
            assertThrows(IllegalStateException.class,
                    () -> jobs.start(plugin, type, certificate, aggregator.epochContext()), "one job per type");
            executor.runAll();
            assertFalse(jobs.isLocked("MithrilStakeDistribution"));
            assertEquals(1, plugin.artifactsBuilt.get(), "the second attempt succeeded");
            assertEquals(1, metrics.value(AggregatorMetric.ARTIFACT_MITHRIL_STAKE_DISTRIBUTION_TOTAL_PRODUCED));
            assertTrue(aggregator.repositories().signedEntities().byCertificateHash(certificate.hash()).isPresent());
        }
    }

    @Test
    void twoFailuresLeaveTheCertificateWithoutArtifact() throws Exception {
        MsdTestPlugin plugin = new MsdTestPlugin();
        try (TestAggregator aggregator = TestAggregator.start(directory, 10, TestSigner.pools(3, STAKE), plugin)) {
            plugin.failuresToInject = 2;
            Certificate certificate = certificateOf(aggregator);
            assertEquals(0, plugin.artifactsBuilt.get());
            assertTrue(aggregator.repositories().signedEntities().byCertificateHash(certificate.hash()).isEmpty());
            assertEquals(0, aggregator.metrics().value(
                    AggregatorMetric.ARTIFACT_MITHRIL_STAKE_DISTRIBUTION_TOTAL_PRODUCED));
            aggregator.tick();
            assertEquals("ready", aggregator.state(), "no further retry, the runtime goes on");
        }
    }

    @Test
    void storesTheArtifactWithItsCertificateAndCanonicalBeacon() throws Exception {
        MsdTestPlugin plugin = new MsdTestPlugin();
        try (TestAggregator aggregator = TestAggregator.start(directory, 10, TestSigner.pools(3, STAKE), plugin)) {
            Certificate certificate = certificateOf(aggregator);
            SignedEntityRecord stored = aggregator.repositories().signedEntities()
                    .byCertificateHash(certificate.hash()).orElseThrow();
            assertEquals("12", stored.beacon());
            assertEquals(0, stored.signedEntityTypeId());
            assertTrue(stored.artifact().contains(certificate.hash()));
        }
    }

    @Test
    void aLockedTypeGetsNoNewOpenMessage() throws Exception {
        MsdTestPlugin msd = new MsdTestPlugin();
        DatabaseTestPlugin database = new DatabaseTestPlugin();
        try (TestAggregator aggregator = TestAggregator.start(directory, 10, TestSigner.pools(3, STAKE), msd,
                database)) {
            Certificate certificate = certificateOf(aggregator);
            ManualExecutor executor = new ManualExecutor();
            ArtifactJobs jobs = new ArtifactJobs(aggregator.repositories().signedEntities(),
                    new PrometheusMetricsService(), executor, aggregator.clock);
            OpenMessageService openMessages = new OpenMessageService(new TestPlugins(List.of(msd, database)),
                    aggregator.repositories(), jobs, message -> { }, aggregator.clock);
            EpochData epoch = aggregator.aggregator().epochs().requireData();
            aggregator.registerAll();
            aggregator.chain.epoch(13);
            aggregator.tickUntil("ready", 3);
            TimePoint at13 = new TimePoint(13, 0, new ChainPoint(0, 0, ""));
            EpochData epoch13 = aggregator.aggregator().epochs().requireData();
            jobs.start(msd, new SignedEntityType.MithrilStakeDistribution(Epoch.of(12)), certificate, epoch);
            assertTrue(openMessages.currentNonCertified(at13, epoch13).isEmpty(),
                    "MSD(13) is not opened while an MSD artifact is built; no immutable file for the other type");
            executor.runAll();
            OpenMessage opened = openMessages.currentNonCertified(at13, epoch13).orElseThrow();
            assertEquals(new SignedEntityType.MithrilStakeDistribution(Epoch.of(13)), opened.type(),
                    "opened once the job released the lock");
        }
    }
}
