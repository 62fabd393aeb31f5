package io.mithril.itests.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's command-line contract, on the real distribution. */
class CommandLineIT {
    @TempDir
    Path work;
    private Distribution distribution;

    @BeforeEach
    void copy() throws Exception {
        distribution = Distribution.copy(work);
    }

    @Test
    void versionAndHelp() throws Exception {
        Distribution.Result version = distribution.run(Map.of(), "--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("mithril-aggregator "), version.out());
        Distribution.Result help = distribution.run(Map.of(), "--help");
        assertEquals(0, help.exitCode());
        for (String command : new String[] {"serve", "genesis", "era", "tools", "database", "devnet"}) {
            assertTrue(help.out().contains(command), help.out());
        }
    }

    @Test
    void unknownSubcommandIsAUsageError() throws Exception {
        Distribution.Result result = distribution.run(Map.of(), "frobnicate");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("unrecognized subcommand"), result.err());
    }

    @Test
    void invalidConfigurationStopsStartUpNamingTheKey() throws Exception {
        Distribution.Result result = distribution.run(Map.of("RUN_INTERVAL", "soon"), "serve");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("run_interval") && result.err().contains("RUN_INTERVAL"), result.err());

        Distribution.Result missing = distribution.run(Map.of(), "--config-directory", work.toString(), "serve");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("genesis_verification_key (env GENESIS_VERIFICATION_KEY)"),
                missing.err());
    }
}
