package io.mithril.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** networks.json in the reference format (aggregator.md §4): what is read, and how malformed documents are reported. */
class NetworksConfigurationTest {
    private static final String CONFIGURATION =
            "https://raw.githubusercontent.com/IntersectMBO/mithril/main/mithril-infra/configuration/";

    static String resource(String name) throws IOException {
        try (InputStream in = NetworksConfigurationTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static NetworksConfiguration reference() throws Exception {
        return NetworksConfiguration.parse(resource("networks.json"), "networks.json");
    }

    @Test
    void readsTheCardanoAndMithrilNetworksInDocumentOrder() throws Exception {
        NetworksConfiguration networks = reference();

        assertEquals(List.of("mainnet", "preprod", "preview"),
                networks.cardanoNetworks().stream().map(CardanoNetwork::name).toList());
        assertEquals(List.of("release-mainnet", "release-preprod", "pre-release-preview", "testing-preview"),
                networks.mithrilNetworkNames());
        CardanoNetwork preview = networks.cardanoNetworks().get(2);
        assertEquals(Map.of("mithril-signer", "10.6.2", "mithril-aggregator", "10.6.2"),
                preview.cardanoMinimumVersions());
        assertEquals(Optional.of("0.6.0.0"), preview.dmqMinimumVersion());
        assertEquals(Optional.empty(), networks.cardanoNetworks().get(0).dmqMinimumVersion());
    }

    @Test
    void readsAMithrilNetworksAggregatorsAndKeyLocations() throws Exception {
        MithrilNetwork preprod = reference().mithrilNetwork("release-preprod");

        assertEquals("preprod", preprod.cardanoNetwork());
        assertEquals(List.of(new AggregatorEndpoint(
                "https://aggregator.release-preprod.api.mithril.network/aggregator")), preprod.aggregators());
        assertEquals(Optional.of(CONFIGURATION + "release-preprod/genesis.vkey"),
                preprod.genesisVerificationKeyUrl());
        assertEquals(Optional.of(new EraReaderSettings("cardano-chain",
                Optional.of(CONFIGURATION + "release-preprod/era.addr"),
                Optional.of(CONFIGURATION + "release-preprod/era.vkey"))), preprod.eraReader());
        assertEquals(Optional.of(CONFIGURATION + "release-preprod/ancillary.vkey"),
                preprod.ancillaryVerificationKeyUrl());
    }

    @Test
    void twoMithrilNetworksUnderOneCardanoNetworkKeepTheirOwnAggregators() throws Exception {
        NetworksConfiguration networks = reference();

        assertEquals(List.of(new AggregatorEndpoint(
                "https://aggregator.testing-preview.api.mithril.network/aggregator")),
                networks.aggregators("testing-preview"));
        assertEquals("preview", networks.mithrilNetwork("pre-release-preview").cardanoNetwork());
    }

    @Test
    void aMithrilNetworkListedUnderSeveralCardanoNetworksCollectsAllItsAggregators() throws Exception {
        NetworksConfiguration networks = NetworksConfiguration.parse("""
                {"devnet": {"mithril-networks": [
                   {"release-devnet": {"aggregators": [{"url": "https://a1"}, {"url": "https://a2"}]}}]},
                 "testnet": {"mithril-networks": [
                   {"preview-testnet": {"aggregators": [{"url": "https://p1"}]},
                    "release-devnet": {"aggregators": [{"url": "https://a3"}, {"url": "https://a1"}]}}]}}
                """, "inline");

        assertEquals(List.of("https://a1", "https://a2", "https://a3"),
                networks.aggregators("release-devnet").stream().map(AggregatorEndpoint::url).toList());
        assertEquals(2, networks.entries("release-devnet").size());
        assertEquals("devnet", networks.mithrilNetwork("release-devnet").cardanoNetwork(),
                "the first entry gives the key locations");
        assertEquals(Optional.empty(), networks.mithrilNetwork("preview-testnet").genesisVerificationKeyUrl());
    }

    @Test
    void anUnknownNetworkIsAnErrorNamingTheKnownOnes() throws Exception {
        UnknownMithrilNetworkException error = assertThrows(UnknownMithrilNetworkException.class,
                () -> reference().aggregators("release-prepord"));

        assertEquals("release-prepord", error.network());
        assertEquals("unknown Mithril network 'release-prepord'; the networks configuration lists release-mainnet, "
                + "release-preprod, pre-release-preview, testing-preview", error.getMessage());
        assertThrows(UnknownMithrilNetworkException.class, () -> reference().mithrilNetwork("preprod"),
                "a Cardano network name is not a Mithril network name");
    }

    @Test
    void unknownFieldsAreIgnoredAndAnEmptyAggregatorListIsValid() throws Exception {
        NetworksConfiguration networks = NetworksConfiguration.parse("""
                {"preview": {"future-field": [1, 2], "mithril-networks": [
                   {"quiet-preview": {"aggregators": [], "explorer": {"url": "https://x"}}}]}}
                """, "inline");

        assertEquals(List.of(), networks.aggregators("quiet-preview"));
    }

    @Test
    void malformedDocumentsAreReportedWithTheJsonPath() {
        assertError("is not JSON", "{ {\"} }");
        assertError("$ must be an object, found array", "[]");
        assertError("$.preprod.mithril-networks is missing", "{\"preprod\": {\"cardano-minimum-version\": {}}}");
        assertError("$.preprod.mithril-networks must be an array, found object",
                "{\"preprod\": {\"mithril-networks\": {}}}");
        assertError("$.preprod.mithril-networks[0].release-preprod.aggregators is missing",
                "{\"preprod\": {\"mithril-networks\": [{\"release-preprod\": {}}]}}");
        assertError("$.preprod.mithril-networks[0].release-preprod.aggregators[1].url is missing",
                "{\"preprod\": {\"mithril-networks\": [{\"release-preprod\": {\"aggregators\": "
                        + "[{\"url\": \"https://a\"}, {\"endpoint\": \"https://b\"}]}}]}}");
        assertError("$.preprod.mithril-networks[0].release-preprod.aggregators[0].url must be a string, found number",
                "{\"preprod\": {\"mithril-networks\": [{\"release-preprod\": {\"aggregators\": [{\"url\": 4}]}}]}}");
        assertError("$.preprod.mithril-networks[0].release-preprod.genesis.verification-key.url is missing",
                "{\"preprod\": {\"mithril-networks\": [{\"release-preprod\": {\"aggregators\": [],"
                        + " \"genesis\": {\"verification-key\": {}}}}]}}");
        assertError("$.preprod.mithril-networks[0].release-preprod.era-reader.adapter-type is missing",
                "{\"preprod\": {\"mithril-networks\": [{\"release-preprod\": {\"aggregators\": [],"
                        + " \"era-reader\": {}}}]}}");
    }

    /** The form the operator guide's jq example would write (name/endpoint) is not the reference format. */
    @Test
    void theOperatorGuidesNameAndEndpointFormIsRejected() {
        assertError("aggregators[0].url is missing", "{\"preprod\": {\"mithril-networks\": [{\"release-preprod\": "
                + "{\"aggregators\": [{\"name\": \"My Aggregator\", \"endpoint\": \"https://a.example/aggregator\"}]}}]}}");
    }

    private static void assertError(String expected, String json) {
        DiscoveryException error = assertThrows(DiscoveryException.class,
                () -> NetworksConfiguration.parse(json, "test.json"));
        assertTrue(error.getMessage().startsWith("networks configuration test.json"), error.getMessage());
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
