package io.mithril.era.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.crypto.ed25519.Ed25519VerificationKey;
import io.mithril.era.EraMarker;
import io.mithril.era.TestKeys;
import io.mithril.era.adapters.CardanoChainAdapter;
import io.mithril.era.adapters.FakeChainObserver;
import io.mithril.spi.chain.TxDatum;

class EraCommandTest {
    private static final String SECRET_KEY = TestKeys.deterministicSigner().toJsonHex();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return new EraCommand(env, new SecureRandom()).run(List.of(args), new PrintStream(out, true),
                new PrintStream(err, true));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listPrintsTheRustDebugFormOrJson() {
        assertEquals(0, run(Map.of(), "list"));
        assertEquals("Supported Eras:\n[\n    Pythagoras,\n    Lagrange,\n]\n", out());
        out.reset();
        assertEquals(0, run(Map.of(), "list", "--json"));
        assertEquals("[\"pythagoras\",\"lagrange\"]\n", out());
    }

    @Test
    void generatedDatumIsReadBackByTheCardanoChainAdapter(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("datum.json");
        assertEquals(0, run(Map.of(), "generate-tx-datum", "--current-era-epoch", "12", "--next-era-epoch=20",
                "--era-markers-secret-key", SECRET_KEY, "--target-path", target.toString()), err());
        String datum = Files.readString(target);
        assertTrue(datum.startsWith("{\"constructor\":0,\"fields\":[{\"bytes\":\"7b226d61726b657273223a"), datum);
        assertFalse(datum.endsWith("\n"));
        List<EraMarker> markers = adapterOver(datum).read();
        assertEquals(List.of(EraMarker.at("pythagoras", 12), EraMarker.at("lagrange", 20)), markers);
    }

    @Test
    void environmentVariablesFeedTheOptions(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("datum.json");
        Map<String, String> env = Map.of("CURRENT_ERA_EPOCH", "3", "ERA_MARKERS_SECRET_KEY", SECRET_KEY);
        assertEquals(0, run(env, "generate-tx-datum", "--target-path", target.toString()), err());
        assertEquals(List.of(EraMarker.at("pythagoras", 3), EraMarker.unscheduled("lagrange")),
                adapterOver(Files.readString(target)).read());
    }

    @Test
    void nextEpochMustFollowTheCurrentOne(@TempDir Path dir) {
        assertEquals(1, run(Map.of(), "generate-tx-datum", "--current-era-epoch", "3", "--next-era-epoch", "3",
                "--era-markers-secret-key", SECRET_KEY, "--target-path", dir.resolve("d").toString()));
        assertTrue(err().contains("next era epoch must be strictly greater than the current era epoch"), err());
        assertFalse(Files.exists(dir.resolve("d")));
    }

    @Test
    void badInputIsExplained(@TempDir Path dir) {
        String target = dir.resolve("d").toString();
        assertEquals(2, run(Map.of(), "generate-tx-datum", "--era-markers-secret-key", SECRET_KEY,
                "--target-path", target));
        assertTrue(err().contains("--current-era-epoch <CURRENT_ERA_EPOCH>"), err());
        err.reset();
        assertEquals(2, run(Map.of(), "generate-tx-datum", "--current-era-epoch", "x", "--era-markers-secret-key",
                SECRET_KEY, "--target-path", target));
        assertTrue(err().contains("invalid value 'x'"), err());
        err.reset();
        assertEquals(1, run(Map.of(), "generate-tx-datum", "--current-era-epoch", "1", "--era-markers-secret-key",
                "5b315d", "--target-path", target));
        assertTrue(err().contains("json hex decode of era markers secret key failure"), err());
        err.reset();
        assertEquals(2, run(Map.of(), "list", "--yaml"));
        assertTrue(err().contains("unexpected argument '--yaml'"), err());
        err.reset();
        assertEquals(2, run(Map.of(), "frobnicate"));
        assertEquals(2, run(Map.of()));
    }

    @Test
    void generateKeypairWritesAMatchingJsonHexPair(@TempDir Path dir) throws Exception {
        assertEquals(0, run(Map.of(), "generate-keypair", "--target-path", dir.toString()), err());
        assertEquals("Era generate keypair to " + dir + "\n", out());
        String sk = Files.readString(dir.resolve("era.sk"));
        String vk = Files.readString(dir.resolve("era.vk"));
        assertTrue(sk.startsWith("5b") && vk.startsWith("5b"), "JSON-hex byte arrays");
        assertEquals(Ed25519VerificationKey.decode(vk), Ed25519SigningKey.decode(sk).verificationKey());
    }

    @Test
    void generateKeypairNeedsAnExistingDirectory(@TempDir Path dir) {
        assertEquals(1, run(Map.of(), "generate-keypair", "--target-path", dir.resolve("missing").toString()));
        assertTrue(err().contains("keypair generation error"), err());
    }

    @Test
    void helpIsAvailable() {
        assertEquals(0, run(Map.of(), "--help"));
        assertTrue(out().contains("generate-tx-datum"));
    }

    private static CardanoChainAdapter adapterOver(String datum) {
        FakeChainObserver observer = new FakeChainObserver(List.of(new TxDatum(datum)));
        return new CardanoChainAdapter("addr", () -> observer, TestKeys.referenceVerificationKey());
    }
}
