package io.mithril.tools.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.api.CurrentEpoch;
import io.mithril.api.OriginTagWhitelist;
import io.mithril.api.RequestOrigin;
import io.mithril.api.RequestOrigins;
import io.mithril.api.internal.CertificateResource;
import io.mithril.api.internal.CertificatesResource;
import io.mithril.api.testing.DevnetFixture;
import io.mithril.api.testing.RestHarness;
import io.mithril.api.testing.TestEpochs;
import io.mithril.plugin.csd.internal.CardanoStakeDistributionResources;
import io.mithril.plugin.msd.internal.MithrilStakeDistributionResources;
import io.mithril.store.AggregatorStore;
import io.mithril.tools.internal.ToolsCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify-chain --aggregator-endpoint} against the devnet chain served over real HTTP by this project's read
 * routes (certificates, MSD, CSD) and stand-ins for the other artifact routes: starting from the latest 20
 * certificates and the artifacts' certificates, the walks meet all 43 devnet certificates.
 */
class AggregatorEndpointTest {
    @TempDir
    static Path directory;
    private static AggregatorStore store;
    private static RestHarness server;

    @BeforeAll
    static void serve() throws Exception {
        store = DevnetFixture.openLoaded(directory);
        RequestOrigins origins = (tag, type) -> RequestOrigin.of(tag, type, OriginTagWhitelist.defaults());
        List<Object> resources = new ArrayList<>(List.of(new CertificatesResource(store.certificates()),
                new CertificateResource(store.certificates(), origins, null),
                new MithrilStakeDistributionResources.ListResource(store.artifacts()),
                new MithrilStakeDistributionResources.DetailResource(store.artifacts(), origins, null),
                new CardanoStakeDistributionResources.ListResource(store.artifacts()),
                new CardanoStakeDistributionResources.DetailResource(store.artifacts(), origins, null,
                        new CurrentEpoch(TestEpochs.at(24)))));
        resources.addAll(AggregatorStandIns.all(store.artifacts()));
        server = RestHarness.serving(resources.toArray());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    @Test
    void theServedChainAndItsArtifactsVerify() throws Exception {
        VerificationReport report = ChainVerification.withReferenceCrypto(DevnetFixture.genesisVerificationKey())
                .verify(AggregatorChainSource.of(URI.create(server.endpoint())));

        assertEquals(List.of(), report.failures());
        assertEquals("verified 43/43 certificates", report.summaryLine());
        assertEquals(40, report.artifactsVerified());
        assertEquals(List.of(), report.skipped(), "the store only holds artifacts whose certificate it has");
    }

    @Test
    void theCommandPrintsTheSummaryAndExitsZero() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new ToolsCommand().run(List.of("verify-chain", "--aggregator-endpoint", server.endpoint() + "/",
                "--genesis-verification-key", DevnetFixture.genesisVerificationKey()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("verified 43/43 certificates\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("artifacts: 40/40 verified, 0 skipped"));
    }
}
