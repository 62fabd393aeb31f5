package io.mithril.devnet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The environment a follower child process gets from the leader's configuration. */
class FollowerLaunchTest {
    private static final Path DATA = Path.of("/tmp/devnet-data");
    private static final Path SOCKET = DATA.resolve("dmq.socket");

    /** The leader's configuration as the launcher hands it over: the devnet profile, flattened, plus the flags. */
    private static Map<String, Object> leaderConfiguration() {
        Map<String, Object> config = new HashMap<>();
        config.put("network", "devnet");
        config.put("run_interval", 1000L);
        config.put("cardano_cli_path", "cardano-cli");
        config.put("cardano_node_socket_path", "/dev/null");
        config.put("cardano_node_version", "10.5.1");
        config.put("chain_observer_type", "devnet");
        config.put("devnet_epoch_duration_ms", 8000L);
        config.put("snapshot_uploader_type", "local");
        config.put("server_ip", "127.0.0.1");
        config.put("server_port", 18080L);
        config.put("genesis_verification_key", "5b33322c");
        config.put("ancillary_files_signer_config", Map.of("type", "secret-key", "secret_key", "5b3131"));
        config.put("protocol_parameters.k", 70L);
        config.put("protocol_parameters.m", 105L);
        config.put("protocol_parameters.phi_f", 0.95);
        config.put("signed_entity_types", "MithrilStakeDistribution,CardanoStakeDistribution");
        config.put("era_reader_adapter_type", "bootstrap");
        config.put("data_stores_directory", DATA.resolve("stores").toString());
        config.put("snapshot_directory", DATA.resolve("snapshots").toString());
        config.put("dmq_relay_socket_path", "/elsewhere/relay.socket");
        config.put("metrics_server_port", 9090L);
        return config;
    }

    private static FollowerLaunch second() {
        return FollowerLaunch.of(2, DevnetSettings.from(leaderConfiguration()), DATA, SOCKET);
    }

    @Test
    void followerIPlacesItselfNextToTheLeader() {
        FollowerLaunch follower = second();
        assertEquals(18082, follower.serverPort());
        assertEquals(URI.create("http://127.0.0.1:18082/aggregator"), follower.endpoint());
        assertEquals(DATA.resolve("follower-2/stores"), follower.storesDirectory());
        assertEquals(DATA.resolve("follower-2/aggregator.log"), follower.logFile());
        assertEquals(List.of("/opt/mithril/bin/mithril-aggregator", "-vv", "serve"),
                follower.command(Path.of("/opt/mithril")));
    }

    @Test
    void environmentPointsAtTheLeaderAndTheRelay() throws Exception {
        Map<String, String> env = second().environment(leaderConfiguration(), Map.of());
        assertEquals("http://127.0.0.1:18080/aggregator", env.get("LEADER_AGGREGATOR_ENDPOINT"));
        assertEquals(SOCKET.toString(), env.get("DMQ_NODE_SOCKET_PATH"));
        assertEquals("127.0.0.1", env.get("SERVER_IP"));
        assertEquals("18082", env.get("SERVER_PORT"));
        assertEquals(DATA.resolve("follower-2/stores").toString(), env.get("DATA_STORES_DIRECTORY"));
        assertEquals(DATA.resolve("follower-2/snapshots").toString(), env.get("SNAPSHOT_DIRECTORY"));
        assertEquals("devnet", env.get("CHAIN_OBSERVER_TYPE"));
        assertEquals("false", env.get("ENABLE_METRICS_SERVER"));
    }

    @Test
    void environmentCarriesTheLeadersChainAndKeys() throws Exception {
        Map<String, String> env = second().environment(leaderConfiguration(), Map.of());
        assertEquals("8000", env.get("DEVNET_EPOCH_DURATION_MS"), "same epochs as the leader");
        assertEquals("5b33322c", env.get("GENESIS_VERIFICATION_KEY"));
        assertEquals("0.95", env.get("PROTOCOL_PARAMETERS__PHI_F"), "nesting with __, as the launcher reads it");
        assertEquals("MithrilStakeDistribution,CardanoStakeDistribution", env.get("SIGNED_ENTITY_TYPES"));
        assertEquals(Map.of("type", "secret-key", "secret_key", "5b3131"),
                new ObjectMapper().readValue(env.get("ANCILLARY_FILES_SIGNER_CONFIG"), Map.class),
                "a JSON value goes as JSON text");
        // the keys the launcher requires to serve (ConfigKeys.requiredToServe)
        for (String key : List.of("cardano_cli_path", "cardano_node_socket_path", "cardano_node_version", "network",
                "run_interval", "data_stores_directory", "genesis_verification_key",
                "ancillary_files_signer_config")) {
            assertTrue(env.containsKey(FollowerLaunch.variable(key)), key);
        }
    }

    @Test
    void theLeadersOwnSettingsDoNotLeak() throws Exception {
        Map<String, String> inherited = Map.of("PATH", "/usr/bin", "JAVA_OPTS", "-Xmx256m",
                "SERVER_PORT", "18080", "DMQ_RELAY_SOCKET_PATH", "/elsewhere/relay.socket",
                "DATA_STORES_DIRECTORY", "/tmp/devnet-data/stores", "METRICS_SERVER_PORT", "9090");
        Map<String, String> env = second().environment(leaderConfiguration(), inherited);
        assertEquals("/usr/bin", env.get("PATH"));
        assertEquals("-Xmx256m", env.get("JAVA_OPTS"));
        assertEquals("18082", env.get("SERVER_PORT"));
        assertFalse(env.containsKey("DMQ_RELAY_SOCKET_PATH"), "a follower must not start a second relay");
        assertFalse(env.containsKey("METRICS_SERVER_PORT"));
        assertEquals(DATA.resolve("follower-2/stores").toString(), env.get("DATA_STORES_DIRECTORY"));
    }
}
