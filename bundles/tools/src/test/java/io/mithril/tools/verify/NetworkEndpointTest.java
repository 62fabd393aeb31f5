package io.mithril.tools.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.api.testing.DevnetFixture;
import io.mithril.discovery.testing.FakeAggregator;
import io.mithril.discovery.testing.StaticHttpServer;
import io.mithril.http.testing.RestHarness;
import io.mithril.store.AggregatorStore;
import io.mithril.tools.internal.ToolsCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify-chain --network} end to end: networks.json (a file, or downloaded over HTTP) lists, for one Mithril
 * network, an aggregator that does not certify MithrilStakeDistribution, one that is down, and the devnet chain served
 * over real HTTP by this project's read routes; the capable one is found and its 43 certificates verify with the
 * genesis key downloaded from the network's {@code genesis.verification-key.url}.
 */
class NetworkEndpointTest {
    @TempDir
    static Path directory;
    private static AggregatorStore store;
    private static RestHarness devnet;
    private static FakeAggregator stakeOnly;
    private static String down;
    private static StaticHttpServer documents;
    private static Path networksFile;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void serve() throws Exception {
        store = DevnetFixture.openLoaded(directory);
        devnet = RestHarness.serving(AggregatorEndpointTest.resources(store).toArray());
        stakeOnly = FakeAggregator.advertising("CardanoStakeDistribution");
        down = StaticHttpServer.unreachableUrl("/aggregator");
        // JSON-hex of the key [12,12,...,12]: a valid Ed25519 key, not the devnet one
        String otherKey = "5b" + String.join("2c", Collections.nCopies(32, "3132")) + "5d";
        documents = StaticHttpServer.start()
                .serve("/configuration/devnet-local/genesis.vkey", 200, DevnetFixture.genesisVerificationKey() + "\n")
                .serve("/configuration/forged-devnet/genesis.vkey", 200, otherKey);
        String json = networksJson();
        documents.serve("/networks.json", 200, json);
        networksFile = Files.writeString(directory.resolve("networks.json"), json);
    }

    /** The reference format, with the loopback aggregators and key files. */
    private static String networksJson() {
        String devnetLocal = network("devnet-local", List.of(stakeOnly.endpoint(), down, devnet.endpoint()),
                documents.url("/configuration/devnet-local/genesis.vkey"));
        String stakeOnlyDevnet = network("stake-only-devnet", List.of(down, stakeOnly.endpoint()),
                documents.url("/configuration/devnet-local/genesis.vkey"));
        String forged = network("forged-devnet", List.of(devnet.endpoint()),
                documents.url("/configuration/forged-devnet/genesis.vkey"));
        String keyless = network("keyless-devnet", List.of(devnet.endpoint()),
                documents.url("/configuration/keyless-devnet/genesis.vkey"));
        return """
                {"preprod": {"cardano-minimum-version": {"mithril-signer": "10.6.2", "mithril-aggregator": "10.6.2"},
                             "mithril-networks": [%s]},
                 "devnet": {"cardano-minimum-version": {"mithril-signer": "10.6.2", "mithril-aggregator": "10.6.2"},
                            "dmq-minimum-version": "0.6.0.0",
                            "mithril-networks": [%s, %s, %s, %s]}}
                """.formatted(network("release-preprod",
                List.of("https://aggregator.release-preprod.api.mithril.network/aggregator"),
                "https://raw.githubusercontent.com/IntersectMBO/mithril/main/mithril-infra/configuration/"
                        + "release-preprod/genesis.vkey"), devnetLocal, stakeOnlyDevnet, forged, keyless);
    }

    private static String network(String name, List<String> aggregators, String genesisKeyUrl) {
        String urls = String.join(", ", aggregators.stream().map(url -> "{\"url\": \"" + url + "\"}").toList());
        return """
                {"%s": {"aggregators": [%s],
                        "genesis": {"verification-key": {"url": "%s"}},
                        "era-reader": {"adapter-type": "cardano-chain", "address": {"url": "https://e/era.addr"},
                                       "verification-key": {"url": "https://e/era.vkey"}},
                        "ancillary": {"verification-key": {"url": "https://e/ancillary.vkey"}}}}
                """.formatted(name, urls, genesisKeyUrl);
    }

    @AfterAll
    static void stop() throws Exception {
        documents.close();
        stakeOnly.close();
        devnet.close();
        store.close();
    }

    private int run(String... args) {
        return new ToolsCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void networksJsonAsAFileAndTheGenesisKeyFromTheNetworksUrl() {
        int code = run("verify-chain", "--network", "devnet-local", "--networks-json", networksFile.toString());

        assertEquals(0, code, err());
        assertEquals("verified 43/43 certificates\n", out());
        assertTrue(err().contains("aggregator " + devnet.endpoint() + " (Mithril network devnet-local)\n"), err());
        assertTrue(err().contains("artifacts: 40/40 verified, 0 skipped"), err());
        assertOnlyTheIncapableOnesWereSkipped();
    }

    @Test
    void networksJsonOverHttpWithRequiredTypesAndAGivenKey() {
        int code = run("verify-chain", "--network=devnet-local", "--networks-json", documents.url("/networks.json"),
                "--require-types", "MithrilStakeDistribution,CardanoTransactions", "--genesis-verification-key",
                DevnetFixture.genesisVerificationKey());

        assertEquals(0, code, err());
        assertEquals("verified 43/43 certificates\n", out());
        assertTrue(err().contains("aggregator " + devnet.endpoint() + " (Mithril network devnet-local)\n"), err());
        assertOnlyTheIncapableOnesWereSkipped();
    }

    /** Each candidate probed before the devnet one is reported, with the reason it was passed over. */
    private void assertOnlyTheIncapableOnesWereSkipped() {
        Arrays.stream(err().split("\n")).filter(line -> line.startsWith("skipped aggregator ")).forEach(line ->
                assertTrue(line.startsWith("skipped aggregator " + stakeOnly.endpoint() + ": not capable (")
                        || line.startsWith("skipped aggregator " + down + ": unreachable ("), line));
    }

    @Test
    void theKeyPublishedForTheNetworkIsTheOneUsed() {
        int code = run("verify-chain", "--network", "forged-devnet", "--networks-json", networksFile.toString());

        assertEquals(1, code);
        String[] lines = out().split("\n");
        assertEquals("verified 0/43 certificates", lines[lines.length - 1]);
    }

    @Test
    void noCapableAggregatorExitsWithOneAndSaysWhy() {
        int code = run("verify-chain", "--network", "stake-only-devnet", "--networks-json", networksFile.toString());

        assertEquals(1, code);
        assertEquals("", out());
        assertTrue(err().contains("skipped aggregator " + down + ": unreachable ("), err());
        assertTrue(err().contains("skipped aggregator " + stakeOnly.endpoint() + ": not capable (requires "
                + "(MithrilStakeDistribution), advertises [CardanoStakeDistribution] with Concatenation)"), err());
        assertTrue(err().contains("error: cannot select an aggregator of Mithril network 'stake-only-devnet': none "
                + "of the 2 aggregator(s) of Mithril network 'stake-only-devnet' advertises (MithrilStakeDistribution)"),
                err());
    }

    @Test
    void anUnknownNetworkExitsWithTwoNamingTheKnownOnes() {
        int code = run("verify-chain", "--network", "devnet-locale", "--networks-json", networksFile.toString());

        assertEquals(2, code);
        assertTrue(err().contains("error: unknown Mithril network 'devnet-locale'; the networks configuration lists "
                + "release-preprod, devnet-local, stake-only-devnet, forged-devnet, keyless-devnet"), err());
    }

    @Test
    void anUnpublishedGenesisKeyExitsWithOne() {
        int code = run("verify-chain", "--network", "keyless-devnet", "--networks-json", networksFile.toString());

        assertEquals(1, code);
        assertTrue(err().contains("cannot download the document from "
                + documents.url("/configuration/keyless-devnet/genesis.vkey") + ": HTTP 404"), err());
    }
}
