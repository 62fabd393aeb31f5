package io.mithril.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void parsesGlobalOptionsThenTheSubcommand() throws Exception {
        CommandLine line = CommandLine.parse(new String[] {"-r", "preview", "-vvv", "-v", "--db-directory", "/db",
                "--config-directory=/etc/mithril", "genesis", "export", "--target-path", "/tmp/x"});
        assertEquals("preview", line.runMode());
        assertEquals(4, line.verbosity());
        assertEquals("/etc/mithril", line.configDirectory());
        assertEquals("genesis", line.command());
        assertEquals(List.of("export", "--target-path", "/tmp/x"), line.commandArgs());
        assertEquals(Map.of("db_directory", "/db"), line.configFlags());
    }

    @Test
    void serveFlagsBecomeConfiguration() throws Exception {
        CommandLine line = CommandLine.parse(new String[] {"serve", "--server-port", "9999",
                "--enable-metrics-server", "--leader-aggregator-endpoint=http://leader/aggregator"});
        assertEquals("9999", line.configFlags().get("server_port"));
        assertEquals(true, line.configFlags().get("enable_metrics_server"));
        assertEquals("http://leader/aggregator", line.configFlags().get("leader_aggregator_endpoint"));
        assertTrue(line.isServer());
    }

    @Test
    void rejectsUnknownFlagsAndMissingValues() {
        assertThrows(UsageException.class, () -> CommandLine.parse(new String[] {"--nope", "serve"}));
        assertThrows(UsageException.class, () -> CommandLine.parse(new String[] {"serve", "--bogus"}));
        assertThrows(UsageException.class, () -> CommandLine.parse(new String[] {"serve", "--server-port"}));
        assertThrows(UsageException.class, () -> CommandLine.parse(new String[] {"-r"}));
    }

    @Test
    void mainReportsUsageErrorsWithExitCodeTwoAndVersionWithZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main main = new Main(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("."));
        assertEquals(2, main.run(new String[] {"frobnicate"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unrecognized subcommand 'frobnicate'"));
        assertEquals(0, main.run(new String[] {"-V"}));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("mithril-aggregator "));
        assertEquals(1, main.run(new String[] {"serve"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing configuration"));
    }

    @Test
    void devnetTakesItsConfigurationFlagsAndPassesTheRestToTheCommand() throws Exception {
        CommandLine line = CommandLine.parse(new String[] {"devnet", "--signers", "4", "--server-port=9001",
                "--data-dir", "/tmp/dn"});
        assertEquals(List.of("--signers", "4"), line.commandArgs());
        assertEquals("devnet", line.runMode(), "a devnet must not pick up a deployment's dev.json");
        assertEquals("9001", line.configFlags().get("server_port"));
        assertEquals("4", line.configFlags().get("devnet_signers"));
        assertEquals("/tmp/dn/stores", line.configFlags().get("data_stores_directory"));
        assertTrue(line.isServer());
    }

    @Test
    void theDevnetProfileSatisfiesServeRequirementsWithNoConfiguration() throws Exception {
        Configuration config = Configuration.load(Path.of("/nonexistent"), "dev", Map.of(),
                CommandLine.parse(new String[] {"devnet"}).configFlags(), Profile.load("devnet"));
        config.requireForServe();
        assertEquals("devnet", config.get("chain_observer_type"));
        assertEquals(70L, config.get("protocol_parameters.k"));
        assertEquals(true, config.get("devnet_pause_when_stopped"));
        assertTrue(config.get("data_stores_directory").toString().endsWith("devnet-data/stores"));
    }
}
