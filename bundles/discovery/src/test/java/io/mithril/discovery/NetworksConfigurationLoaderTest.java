package io.mithril.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.discovery.testing.StaticHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** networks.json and the key files it names, from a path, a file: URI or an http URL. */
class NetworksConfigurationLoaderTest {
    @TempDir
    Path directory;

    private final NetworksConfigurationLoader loader = NetworksConfigurationLoader.create();

    @Test
    void loadsFromAPathAFileUriAndAnHttpUrl() throws Exception {
        String json = NetworksConfigurationTest.resource("networks.json");
        Path file = Files.writeString(directory.resolve("networks.json"), json);
        try (StaticHttpServer server = StaticHttpServer.start().serve("/main/networks.json", 200, json)) {
            for (String location : new String[] {file.toString(), file.toUri().toString(),
                    server.url("/main/networks.json")}) {
                NetworksConfiguration networks = loader.load(location);
                assertEquals(4, networks.mithrilNetworkNames().size(), location);
                assertEquals("https://aggregator.release-mainnet.api.mithril.network/aggregator",
                        networks.aggregators("release-mainnet").get(0).url());
            }
        }
    }

    @Test
    void fetchesAKeyFileTrimmed() throws Exception {
        String key = "5b3139312c36362c3134302c3138352c3133382c31312c3233372c3230372c3235302c3134342c32372c32"
                + "2c3138382c33302c31322c38312c3135352c3230342c31302c3137392c37352c32332c3133382c3139362c3231372c"
                + "352c31342c32302c35372c37392c33392c3137365d";
        try (StaticHttpServer server = StaticHttpServer.start().serve("/genesis.vkey", 200, key + "\n")) {
            assertEquals(key, loader.fetchText(server.url("/genesis.vkey")));
        }
    }

    @Test
    void failuresSayWhatAndWhere() throws Exception {
        try (StaticHttpServer server = StaticHttpServer.start().serve("/bad.json", 200, "{\"preprod\": 1}")) {
            assertMessage("cannot download the networks configuration from " + server.url("/missing.json")
                    + ": HTTP 404", server.url("/missing.json"));
            assertMessage("networks configuration " + server.url("/bad.json") + ": $.preprod must be an object",
                    server.url("/bad.json"));
        }
        String down = StaticHttpServer.unreachableUrl("/networks.json");
        assertMessage("cannot download the networks configuration from " + down, down);
        assertMessage("cannot read the networks configuration file", directory.resolve("absent.json").toString());
    }

    private void assertMessage(String expected, String location) {
        DiscoveryException error = assertThrows(DiscoveryException.class, () -> loader.load(location));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
