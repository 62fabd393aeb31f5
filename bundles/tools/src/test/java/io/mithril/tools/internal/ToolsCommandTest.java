package io.mithril.tools.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.api.testing.DevnetFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code tools} command: argument handling, exit codes and output of {@code verify-chain --data-dir}. */
class ToolsCommandTest {
    @TempDir
    Path temporary;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

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
    void verifiesTheDevnetDirectoryWithTheKeyReadFromAFile() throws Exception {
        Path data = DevnetFixture.copyFilesTo(temporary.resolve("devnet-chain"));
        Path key = Files.writeString(temporary.resolve("genesis.vk"), DevnetFixture.genesisVerificationKey() + "\n");

        int code = run("verify-chain", "--data-dir", data.toString(), "--genesis-verification-key=" + key);

        assertEquals(0, code, err());
        assertEquals("verified 43/43 certificates\n", out());
        assertTrue(err().contains("artifacts: 40/40 verified, 24 skipped"), err());
        assertTrue(err().contains("skipped artifact CardanoTransactions "), err());
    }

    @Test
    void aWrongGenesisKeyFailsEveryCertificate() throws Exception {
        Path data = DevnetFixture.copyFilesTo(temporary.resolve("devnet-chain"));
        // JSON-hex of the key [12,12,...,12]: a valid Ed25519 key, not the devnet one
        String otherKey = "5b" + String.join("2c", java.util.Collections.nCopies(32, "3132")) + "5d";

        int code = run("verify-chain", "--data-dir", data.toString(), "--genesis-verification-key", otherKey);

        assertEquals(1, code);
        String[] lines = out().split("\n");
        assertEquals("verified 0/43 certificates", lines[lines.length - 1]);
        assertEquals(44, lines.length, "one line per failed certificate, then the summary");
        assertTrue(out().contains(": CertificateGenesis"), out());
    }

    @Test
    void badArgumentsExitWithTwoAndSayWhy() {
        String key = DevnetFixture.genesisVerificationKey();
        String dir = temporary.toString();
        assertUsage("give exactly one of", "verify-chain", "--genesis-verification-key", key);
        assertUsage("give exactly one of", "verify-chain", "--data-dir", dir, "--aggregator-endpoint",
                "http://localhost:8080/aggregator", "--genesis-verification-key", key);
        assertUsage("--genesis-verification-key is required", "verify-chain", "--data-dir", dir);
        assertUsage("is not a directory", "verify-chain", "--data-dir", dir + "/missing",
                "--genesis-verification-key", key);
        assertUsage("must be an http(s) URL", "verify-chain", "--aggregator-endpoint", "ftp://host/aggregator",
                "--genesis-verification-key", key);
        assertUsage("neither a JSON-hex Ed25519 key", "verify-chain", "--data-dir", dir,
                "--genesis-verification-key", "not-a-key");
        assertUsage("unexpected argument '--verbose'", "verify-chain", "--verbose");
        assertUsage("needs a value", "verify-chain", "--data-dir");
        assertUsage("is given twice", "verify-chain", "--data-dir", dir, "--data-dir", dir);
        assertUsage("give exactly one of --aggregator-endpoint, --data-dir and --network", "verify-chain",
                "--network", "release-preprod", "--networks-json", "networks.json", "--data-dir", dir);
        assertUsage("--networks-json only applies with --network", "verify-chain", "--data-dir", dir,
                "--networks-json", "networks.json", "--genesis-verification-key", key);
        assertUsage("--require-types only applies with --network", "verify-chain", "--data-dir", dir,
                "--require-types", "MithrilStakeDistribution", "--genesis-verification-key", key);
        assertUsage("--network needs --networks-json <PATH|URL>", "verify-chain", "--network", "release-preprod");
        assertUsage("--require-types: 'CardanoTransaction' is not a signed entity type; use MithrilStakeDistribution, "
                + "CardanoStakeDistribution, CardanoDatabase, CardanoTransactions, CardanoBlocksTransactions",
                "verify-chain", "--network", "release-preprod", "--networks-json", "networks.json",
                "--require-types", "MithrilStakeDistribution,CardanoTransaction");
        assertUsage("'CardanoImmutableFilesFull' is not a signed entity type", "verify-chain", "--network",
                "release-preprod", "--networks-json", "networks.json", "--require-types=CardanoImmutableFilesFull");
        assertUsage("'' is not a signed entity type", "verify-chain", "--network", "release-preprod",
                "--networks-json", "networks.json", "--require-types", "MithrilStakeDistribution,");
        assertUsage("unknown tools command 'recompute'", "recompute");
        assertUsage("Usage: mithril-aggregator tools");
    }

    @Test
    void helpExitsZero() {
        assertEquals(0, run("verify-chain", "--help"));
        assertTrue(out().contains("--genesis-verification-key"), out());
    }

    @Test
    void anUnreadableDataDirectoryExitsWithOne() {
        int code = run("verify-chain", "--data-dir", temporary.toString(), "--genesis-verification-key",
                DevnetFixture.genesisVerificationKey());

        assertEquals(1, code);
        assertTrue(err().contains("certificates.json"), err());
    }

    @Test
    void anUnreadableNetworksJsonExitsWithOne() {
        int code = run("verify-chain", "--network", "release-preprod", "--networks-json",
                temporary.resolve("absent.json").toString());

        assertEquals(1, code);
        assertTrue(err().contains("error: cannot select an aggregator of Mithril network 'release-preprod': cannot "
                + "read the networks configuration file " + temporary.resolve("absent.json")), err());
        assertEquals("", out());
    }

    private void assertUsage(String expected, String... args) {
        out.reset();
        err.reset();
        assertEquals(2, run(args), String.join(" ", args));
        assertTrue(err().contains(expected), err());
    }
}
