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
import io.mithril.api.testing.TestEpochs;
import io.mithril.http.testing.RestHarness;
import io.mithril.plugin.csd.internal.CardanoStakeDistributionResources;
import io.mithril.plugin.msd.internal.MithrilStakeDistributionResources;
import io.mithril.store.AggregatorStore;
import io.mithril.tools.internal.ToolsCommand;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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
        server = RestHarness.serving(resources(store).toArray());
    }

    /** The read routes of api and the two plugins, and the stand-ins for the other artifact routes. */
    static List<Object> resources(AggregatorStore store) {
        RequestOrigins origins = (tag, type) -> RequestOrigin.of(tag, type, OriginTagWhitelist.defaults());
        List<Object> resources = new ArrayList<>(List.of(new CertificatesResource(store.certificates()),
                new CertificateResource(store.certificates(), origins, null),
                new MithrilStakeDistributionResources.ListResource(store.artifacts()),
                new MithrilStakeDistributionResources.DetailResource(store.artifacts(), origins, null),
                new CardanoStakeDistributionResources.ListResource(store.artifacts()),
                new CardanoStakeDistributionResources.DetailResource(store.artifacts(), origins, null,
                        new CurrentEpoch(TestEpochs.at(24)))));
        resources.addAll(AggregatorStandIns.all(store.artifacts()));
        return resources;
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
    void tamperedRowsServedOverHttpAreReported(@TempDir Path other) throws Exception {
        try (AggregatorStore tampered = DevnetFixture.openLoaded(other)) {
            JsonNode csd = DevnetFixture.json("cardano-stake-distributions-list.json").get(0);
            String leaf = DevnetFixture.json("certificates-list.json").get(0).get("hash").asText();
            try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + other.resolve("aggregator.sqlite3"));
                    PreparedStatement artifact = sqlite.prepareStatement(
                            "update signed_entity set artifact = replace(artifact, '20000000001', '20000000002') "
                                    + "where signed_entity_id = ?");
                    PreparedStatement certificate = sqlite.prepareStatement(
                            "update certificate set sealed_at = '2026-05-21T14:42:30.000000001Z' "
                                    + "where certificate_id = ?")) {
                artifact.setString(1, csd.get("hash").asText());
                assertEquals(1, artifact.executeUpdate());
                certificate.setString(1, leaf);
                assertEquals(1, certificate.executeUpdate());
            }
            try (RestHarness tamperedServer = RestHarness.serving(resources(tampered).toArray())) {
                VerificationReport report = ChainVerification.withReferenceCrypto(
                        DevnetFixture.genesisVerificationKey()).verify(
                                AggregatorChainSource.of(URI.create(tamperedServer.endpoint())));

                assertEquals("verified 42/43 certificates", report.summaryLine());
                assertEquals(2, report.failures().size(), report.failures().toString());
                assertTrue(report.failures().get(0).startsWith("certificate " + leaf + ": CertificateHashUnmatch"),
                        report.failures().get(0));
                assertTrue(report.failures().get(1).startsWith("artifact CardanoStakeDistribution "
                        + csd.get("hash").asText() + ": ARTIFACT_HASH_MISMATCH"), report.failures().get(1));
            }
        }
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
