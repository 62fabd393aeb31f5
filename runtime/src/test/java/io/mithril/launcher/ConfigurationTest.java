package io.mithril.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {
    @TempDir
    Path dir;

    @Test
    void layersDefaultsThenFileThenEnvironmentThenFlags() throws Exception {
        Files.writeString(dir.resolve("preview.json"), """
                {"server_port": 9000, "run_interval": 30000, "network": "preview",
                 "protocol_parameters": {"k": 5, "m": 100, "phi_f": 0.65},
                 "era_reader_adapter_params": {"markers": [{"name": "pythagoras", "epoch": 1}]},
                 "stores_directory": "obsolete but tolerated"}
                """);
        Configuration config = Configuration.load(dir, "preview",
                Map.of("SERVER_PORT", "9100", "PROTOCOL_PARAMETERS__K", "7", "PATH", "/bin"),
                Map.of("server_port", "9200"));

        assertEquals(9200L, config.get("server_port"));
        assertEquals("command line", config.origin("server_port"));
        assertEquals(7L, config.get("protocol_parameters.k"));
        assertEquals(100L, config.get("protocol_parameters.m"));
        assertEquals(0.65, config.get("protocol_parameters.phi_f"));
        assertEquals(30000L, config.get("run_interval"));
        assertEquals("preview", config.get("network"));
        assertEquals("0.0.0.0", config.get("server_ip"));
        assertEquals("{\"markers\":[{\"name\":\"pythagoras\",\"epoch\":1}]}", config.get("era_reader_adapter_params"));
        assertEquals("obsolete but tolerated", config.get("stores_directory"));
        assertFalse(config.values().containsKey("path"));
    }

    @Test
    void theRunModeFileIsOptional() throws Exception {
        Configuration config = Configuration.load(dir, "absent", Map.of(), Map.of());
        assertEquals(8080L, config.get("server_port"));
        assertEquals("default", config.origin("server_port"));
    }

    @Test
    void invalidValuesNameTheKeyAndTheVariable() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Configuration.load(dir, "dev", Map.of("RUN_INTERVAL", "soon"), Map.of()));
        assertTrue(e.getMessage().contains("'run_interval' (env RUN_INTERVAL)"), e.getMessage());
        e = assertThrows(ConfigurationException.class,
                () -> Configuration.load(dir, "dev", Map.of("NETWORK", "moon"), Map.of()));
        assertTrue(e.getMessage().contains("network"), e.getMessage());
        e = assertThrows(ConfigurationException.class,
                () -> Configuration.load(dir, "dev", Map.of("PROTOCOL_PARAMETERS__PHI_F", "NaN"), Map.of()));
        assertTrue(e.getMessage().contains("protocol_parameters.phi_f"), e.getMessage());
    }

    @Test
    void badJsonFileIsReportedWithItsPath() throws Exception {
        Files.writeString(dir.resolve("dev.json"), "{ not json");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Configuration.load(dir, "dev", Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("dev.json"), e.getMessage());
    }

    @Test
    void serveRequiresTheReferenceKeysAndProtocolParametersOnALeader() throws Exception {
        Configuration leader = Configuration.load(dir, "dev", Map.of("NETWORK", "devnet"), Map.of());
        ConfigurationException e = assertThrows(ConfigurationException.class, leader::requireForServe);
        assertTrue(e.getMessage().contains("run_interval (env RUN_INTERVAL)"), e.getMessage());
        assertTrue(e.getMessage().contains("protocol_parameters.k"), e.getMessage());
        assertFalse(e.getMessage().contains("network (env"), e.getMessage());

        Configuration follower = Configuration.load(dir, "dev",
                Map.of("LEADER_AGGREGATOR_ENDPOINT", "http://leader"), Map.of());
        e = assertThrows(ConfigurationException.class, follower::requireForServe);
        assertFalse(e.getMessage().contains("protocol_parameters"), e.getMessage());
    }

    @Test
    void propertiesCarryReferenceAndDottedNames() throws Exception {
        Configuration config = Configuration.load(dir, "dev", Map.of("PROTOCOL_PARAMETERS__PHI_F", "0.2"), Map.of());
        var properties = config.toProperties();
        assertEquals(0.2, properties.get("protocol_parameters.phi_f"));
        assertEquals(0.2, properties.get("protocol.parameters.phi.f"));
        assertEquals(8080L, properties.get("server.port"));
        assertEquals("pallas", properties.get("chain_observer_type"));
        assertFalse(properties.containsKey("chain.observer.type"), "must not shadow the observers' own property");
    }
}
