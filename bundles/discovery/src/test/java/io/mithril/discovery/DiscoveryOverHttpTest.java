package io.mithril.discovery;

import static io.mithril.discovery.CapabilityRequirement.aggregateSignatureType;
import static io.mithril.discovery.CapabilityRequirement.all;
import static io.mithril.discovery.CapabilityRequirement.and;
import static io.mithril.discovery.CapabilityRequirement.or;
import static io.mithril.discovery.CapabilityRequirement.signedEntityType;
import static io.mithril.domain.SignedEntityTypeDiscriminant.CARDANO_BLOCKS_TRANSACTIONS;
import static io.mithril.domain.SignedEntityTypeDiscriminant.CARDANO_STAKE_DISTRIBUTION;
import static io.mithril.domain.SignedEntityTypeDiscriminant.CARDANO_TRANSACTIONS;
import static io.mithril.domain.SignedEntityTypeDiscriminant.MITHRIL_STAKE_DISTRIBUTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.discovery.SkippedAggregator.Reason;
import io.mithril.discovery.testing.FakeAggregator;
import io.mithril.discovery.testing.StaticHttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Discovery against real aggregators on loopback: networks.json downloaded over HTTP, three aggregators of one
 * Mithril network with different capabilities, one of them down; the filter keeps the right ones, lazily.
 */
class DiscoveryOverHttpTest {
    private static FakeAggregator stakeAndDatabase;
    private static FakeAggregator transactions;
    private static String down;
    private static StaticHttpServer documents;
    private static NetworksConfiguration networks;

    @BeforeAll
    static void start() throws Exception {
        stakeAndDatabase = FakeAggregator.advertising("MithrilStakeDistribution", "CardanoStakeDistribution",
                "CardanoDatabase");
        // a newer aggregator: a type this client does not know, the discontinued one, and the CTx prover entry
        transactions = FakeAggregator.answering(200, FakeAggregator.featuresMessage(List.of(
                "MithrilStakeDistribution", "CardanoTransactions", "CardanoImmutableFilesFull", "CardanoQuantumLedger"),
                "Concatenation", 100L));
        down = StaticHttpServer.unreachableUrl("/aggregator");
        documents = StaticHttpServer.start().serve("/networks.json", 200, """
                {"preview": {"mithril-networks": [
                   {"testing-preview": {"aggregators": [{"url": "%s"}, {"url": "%s"}, {"url": "%s"}]}},
                   {"pre-release-preview": {"aggregators": [{"url": "https://elsewhere.example/aggregator"}]}}]}}
                """.formatted(stakeAndDatabase.endpoint(), down, transactions.endpoint()));
        networks = NetworksConfigurationLoader.create().load(documents.url("/networks.json"));
    }

    @AfterAll
    static void stop() {
        stakeAndDatabase.close();
        transactions.close();
        documents.close();
    }

    /** In document order, no shuffle: the probing order is known. */
    private static CapableAggregators inDocumentOrder(CapabilityRequirement requirement) throws Exception {
        return new CapableAggregatorDiscoverer(requirement, new ConfiguredAggregatorDiscoverer(networks),
                HttpCapabilitiesProbe.create()).discover("testing-preview");
    }

    private static List<String> drain(CapableAggregators aggregators) {
        List<String> found = new ArrayList<>();
        aggregators.forEachRemaining(capable -> found.add(capable.aggregator().url()));
        return found;
    }

    private static Map<String, Reason> reasons(CapableAggregators aggregators) {
        return aggregators.skipped().stream().collect(Collectors.toMap(s -> s.aggregator().url(),
                SkippedAggregator::reason, (a, b) -> a, TreeMap::new));
    }

    @Test
    void theFilterKeepsTheCapableOnesAndReportsTheOthers() throws Exception {
        CapableAggregators stake = inDocumentOrder(signedEntityType(CARDANO_STAKE_DISTRIBUTION));
        assertEquals(List.of(stakeAndDatabase.endpoint()), drain(stake));
        assertEquals(new TreeMap<>(Map.of(down, Reason.UNREACHABLE, transactions.endpoint(), Reason.NOT_CAPABLE)),
                reasons(stake));

        CapableAggregators ctx = inDocumentOrder(and(signedEntityType(CARDANO_TRANSACTIONS),
                aggregateSignatureType("Concatenation")));
        List<CapableAggregator> found = new ArrayList<>();
        ctx.forEachRemaining(found::add);
        assertEquals(1, found.size());
        assertEquals(transactions.endpoint(), found.get(0).aggregator().url());
        assertEquals(Set.of(MITHRIL_STAKE_DISTRIBUTION, CARDANO_TRANSACTIONS),
                found.get(0).capabilities().signedEntityTypes());
        assertEquals(List.of("CardanoImmutableFilesFull", "CardanoQuantumLedger"),
                found.get(0).capabilities().ignoredSignedEntityTypes());
        assertEquals(OptionalLong.of(100), found.get(0).capabilities().maxHashesAllowedByRequest());

        assertEquals(List.of(stakeAndDatabase.endpoint(), transactions.endpoint()),
                drain(inDocumentOrder(signedEntityType(MITHRIL_STAKE_DISTRIBUTION))));
        assertEquals(List.of(stakeAndDatabase.endpoint(), transactions.endpoint()), drain(inDocumentOrder(all())));
        assertEquals(List.of(transactions.endpoint()), drain(inDocumentOrder(
                or(signedEntityType(CARDANO_TRANSACTIONS), signedEntityType(CARDANO_BLOCKS_TRANSACTIONS)))));
        assertEquals(List.of(), drain(inDocumentOrder(signedEntityType(CARDANO_BLOCKS_TRANSACTIONS))));
    }

    @Test
    void theSkippedReportSaysWhy() throws Exception {
        CapableAggregators none = inDocumentOrder(signedEntityType(CARDANO_BLOCKS_TRANSACTIONS));
        assertFalse(none.hasNext());

        List<String> lines = none.skipped().stream().map(SkippedAggregator::toString).toList();
        assertEquals(3, lines.size(), lines.toString());
        assertEquals(stakeAndDatabase.endpoint() + ": not capable (requires CardanoBlocksTransactions, advertises "
                + "[CardanoDatabase, CardanoStakeDistribution, MithrilStakeDistribution] with Concatenation)",
                lines.get(0));
        assertTrue(lines.get(1).startsWith(down + ": unreachable (ConnectException: "), lines.get(1));
    }

    @Test
    void probingIsLazy() throws Exception {
        int before = transactions.probes();
        int first = stakeAndDatabase.probes();

        CapableAggregators msd = inDocumentOrder(signedEntityType(MITHRIL_STAKE_DISTRIBUTION));
        assertEquals(first, stakeAndDatabase.probes(), "nothing is probed before it is asked for");
        assertEquals(stakeAndDatabase.endpoint(), msd.first().orElseThrow().aggregator().url());

        assertEquals(first + 1, stakeAndDatabase.probes());
        assertEquals(before, transactions.probes(), "the first capable one ends the probing");
        assertEquals(List.of(), msd.skipped());
    }

    @Test
    void theReferenceCompositionShufflesThenFilters() throws Exception {
        Set<List<String>> orders = new java.util.HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            CapableAggregators found = CapableAggregatorDiscoverer.overNetworksConfiguration(networks,
                    signedEntityType(MITHRIL_STAKE_DISTRIBUTION), new Random(seed)).discover("testing-preview");
            List<String> urls = drain(found);
            assertEquals(Set.of(stakeAndDatabase.endpoint(), transactions.endpoint()), Set.copyOf(urls));
            assertEquals(Map.of(down, Reason.UNREACHABLE), reasons(found));
            orders.add(urls);
        }
        assertEquals(2, orders.size(), "both orders of the capable ones occur");
    }

    @Test
    void theDiscovererInterfaceYieldsEndpoints() throws Exception {
        AggregatorDiscoverer discoverer = new CapableAggregatorDiscoverer(signedEntityType(CARDANO_TRANSACTIONS),
                new ConfiguredAggregatorDiscoverer(networks), HttpCapabilitiesProbe.create());
        List<AggregatorEndpoint> endpoints = new ArrayList<>();
        discoverer.availableAggregators("testing-preview").forEachRemaining(endpoints::add);

        assertEquals(List.of(new AggregatorEndpoint(transactions.endpoint())), endpoints);
        assertThrows(UnknownMithrilNetworkException.class, () -> discoverer.availableAggregators("release-preview"));
    }

    @Test
    void errorAnswersAndBadUrlsAreUnexpectedAnswers() throws Exception {
        try (FakeAggregator failing = FakeAggregator.answering(500, "{\"message\":\"database is locked\"}");
                FakeAggregator html = FakeAggregator.answering(200, "<html>maintenance</html>")) {
            NetworksConfiguration odd = NetworksConfiguration.parse("""
                    {"devnet": {"mithril-networks": [{"odd-devnet": {"aggregators": [
                       {"url": "%s"}, {"url": "%s"}, {"url": "ftp://files.example/aggregator"}]}}]}}
                    """.formatted(failing.endpoint(), html.endpoint()), "inline");
            CapableAggregators found = new CapableAggregatorDiscoverer(all(), new ConfiguredAggregatorDiscoverer(odd),
                    HttpCapabilitiesProbe.create()).discover("odd-devnet");

            assertFalse(found.hasNext());
            assertEquals(List.of(Reason.UNEXPECTED_ANSWER, Reason.UNEXPECTED_ANSWER, Reason.UNEXPECTED_ANSWER),
                    found.skipped().stream().map(SkippedAggregator::reason).toList());
            assertTrue(found.skipped().get(0).detail().contains("HTTP 500"), found.skipped().get(0).detail());
            assertTrue(found.skipped().get(2).detail().contains("not an http(s) URL"), found.skipped().get(2).detail());
        }
    }

    /** A server that accepts the connection and never answers is unreachable once the probe's limit passes. */
    @Test
    void aSilentAggregatorIsUnreachable() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                List<Socket> held = new ArrayList<>();
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/aggregator";
            HttpCapabilitiesProbe probe = new HttpCapabilitiesProbe(java.net.http.HttpClient.newHttpClient(),
                    Duration.ofMillis(300));

            IOException error = assertThrows(IOException.class, () -> probe.capabilities(new AggregatorEndpoint(url)));
            assertTrue(error.getMessage().contains("no complete answer"), error.getMessage());
        }
    }
}
