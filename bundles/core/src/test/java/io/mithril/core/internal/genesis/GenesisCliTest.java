package io.mithril.core.internal.genesis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.mithril.core.GenesisBootstrap;
import io.mithril.core.internal.fixtures.DevnetFixtures;
import io.mithril.core.internal.fixtures.MsdTestPlugin;
import io.mithril.core.internal.fixtures.TestAggregator;
import io.mithril.core.internal.fixtures.TestSigner;
import io.mithril.core.internal.store.CertificateRecords;
import io.mithril.core.internal.store.EpochSettingsRecords;
import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.domain.Certificate;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.domain.chain.CertificateChainVerifier;
import io.mithril.domain.chain.InMemoryCertificateRetriever;

/** {@code genesis} subcommands with the reference's file formats (certificates.md §6, aggregator.md §6.3). */
class GenesisCliTest {
    private static final long STAKE = 1_000_000_000_000L;

    @TempDir
    Path directory;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(GenesisBootstrap genesis, Map<String, String> environment, String... args) {
        return new GenesisCli(Optional.ofNullable(genesis), environment::get).run(List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int run(GenesisBootstrap genesis, String... args) {
        return run(genesis, Map.of(), args);
    }

    @Test
    void signReproducesTheReferenceDevnetGenesisSignature() throws Exception {
        JsonNode genesis = DevnetFixtures.load("genesis-certificate.json");
        Path payload = directory.resolve("payload");
        Files.writeString(payload, genesis.get("signed_message").asText(), StandardCharsets.US_ASCII);
        Path secretKey = directory.resolve("genesis.sk");
        Files.writeString(secretKey, TestAggregator.GENESIS_KEY.toJsonHex() + "\n");
        Path signed = directory.resolve("signed");
        assertEquals(0, run(null, "sign", "--to-sign-payload-path", payload.toString(),
                "--target-signed-payload-path", signed.toString(), "--genesis-secret-key-path", secretKey.toString()));
        assertEquals(genesis.get("genesis_signature").asText(), HexFormat.of().formatHex(Files.readAllBytes(signed)));
    }

    @Test
    void generatesAJsonHexKeyPair() throws Exception {
        assertEquals(0, run(null, "generate-keypair", "--target-path", directory.resolve("keys").toString()));
        String sk = Files.readString(directory.resolve("keys/genesis.sk"));
        String vk = Files.readString(directory.resolve("keys/genesis.vk"));
        assertTrue(sk.startsWith("5b") && vk.startsWith("5b"), "JSON-hex of a byte array");
        assertEquals(Ed25519SigningKey.decode(sk).verificationKey().toJsonHex(), vk);
    }

    @Test
    void exportSignImportBuildsTheGenesisOfTheCurrentEpoch() throws Exception {
        try (TestAggregator aggregator = atEpoch11WithSigners()) {
            GenesisBootstrap genesis = aggregator.aggregator().genesis();
            Path payload = directory.resolve("payload");
            assertEquals(0, run(genesis, "export", "--target-path", payload.toString()));
            String exported = Files.readString(payload, StandardCharsets.US_ASCII);
            assertEquals(64, exported.length());

            Path secretKey = directory.resolve("genesis.sk");
            Files.writeString(secretKey, TestAggregator.GENESIS_KEY.toJsonHex());
            Path signed = directory.resolve("signed");
            assertEquals(0, run(null, "sign", "--to-sign-payload-path", payload.toString(),
                    "--target-signed-payload-path", signed.toString(), "--genesis-secret-key-path",
                    secretKey.toString(), "--mithril-era", "pythagoras"));
            assertEquals(0, run(genesis, "import", "--signed-payload-path", signed.toString(),
                    "--genesis-verification-key", TestAggregator.GENESIS_KEY.verificationKey().toJsonHex()));

            Certificate stored = CertificateRecords.toDomain(
                    aggregator.repositories().certificates().latestGenesis().orElseThrow());
            assertEquals(exported, stored.signedMessage());
            assertEquals(11, stored.epoch().value());
            assertEquals("", stored.previousHash());
            assertTrue(stored.metadata().signers().isEmpty());
            assertEquals(EpochSettingsRecords.toDomain(aggregator.repositories().epochSettings().byEpoch(10)
                    .orElseThrow()).protocolParameters(), stored.metadata().parameters(), "parameters of N−1");
            assertEquals(List.of(ProtocolMessagePartKey.NEXT_AGGREGATE_VERIFICATION_KEY,
                    ProtocolMessagePartKey.NEXT_PROTOCOL_PARAMETERS, ProtocolMessagePartKey.CURRENT_EPOCH),
                    List.copyOf(stored.protocolMessage().parts().keySet()));
            assertEquals(stored.aggregateVerificationKey(), stored.protocolMessage()
                    .get(ProtocolMessagePartKey.NEXT_AGGREGATE_VERIFICATION_KEY).orElseThrow());
            CertificateChainVerifier.withReferenceCrypto(new InMemoryCertificateRetriever(List.of(stored)),
                    TestAggregator.GENESIS_KEY.verificationKey().toJsonHex()).verifyChain(stored);

            aggregator.registerAll();
            aggregator.chain.epoch(12);
            aggregator.tickUntil("ready", 2);
        }
    }

    @Test
    void importRefusesASignatureOfAnotherKey() throws Exception {
        try (TestAggregator aggregator = atEpoch11WithSigners()) {
            GenesisBootstrap genesis = aggregator.aggregator().genesis();
            Path signed = directory.resolve("signed");
            Files.write(signed, TestAggregator.GENESIS_KEY.sign(genesis.exportPayload()).toBytes());
            Ed25519SigningKey other = Ed25519SigningKey.fromSeed(new byte[32]);
            assertEquals(1, run(genesis, "import", "--signed-payload-path", signed.toString(),
                    "--genesis-verification-key", other.verificationKey().toJsonHex()));
            assertTrue(err.toString().contains("does not verify"), err.toString());
            assertFalse(genesis.hasGenesis());
        }
    }

    @Test
    void bootstrapReadsTheSecretKeyFromTheEnvironment() throws Exception {
        try (TestAggregator aggregator = atEpoch11WithSigners()) {
            GenesisBootstrap genesis = aggregator.aggregator().genesis();
            assertEquals(0, run(genesis, Map.of("GENESIS_SECRET_KEY", TestAggregator.GENESIS_KEY.toJsonHex()),
                    "bootstrap"));
            assertTrue(genesis.hasGenesis());
        }
    }

    @Test
    void refusesWhatItCannotBuild() throws Exception {
        assertEquals(2, run(null, "bootstrap", "--mithril-era", "lagrange"));
        assertEquals(2, run(null, "bootstrap"), "no secret key given");
        assertEquals(2, run(null, "frobnicate"));
        assertEquals(1, run(null, "export", "--target-path", directory.resolve("p").toString()),
                "no genesis service without a store");
        try (TestAggregator aggregator = TestAggregator.start(directory.resolve("empty"), 11,
                TestSigner.pools(2, STAKE), new MsdTestPlugin())) {
            aggregator.tick();
            assertEquals(1, run(aggregator.aggregator().genesis(), "bootstrap", "--genesis-secret-key",
                    TestAggregator.GENESIS_KEY.toJsonHex()));
            assertTrue(err.toString().contains("no signer registered for epoch 11"), err.toString());
        }
    }

    @Test
    void theExportedPayloadIsTheAsciiHexOfTheGenesisMessageHash() throws Exception {
        try (TestAggregator aggregator = atEpoch11WithSigners()) {
            byte[] payload = aggregator.aggregator().genesis().exportPayload();
            String bootstrapped = aggregator.aggregator().genesis().bootstrap(TestAggregator.GENESIS_KEY.toJsonHex());
            Certificate stored = CertificateRecords.toDomain(
                    aggregator.repositories().certificates().byHash(bootstrapped).orElseThrow());
            assertArrayEquals(stored.signedMessage().getBytes(StandardCharsets.US_ASCII), payload);
        }
    }

    /** Started at 10, the signers registered for 11, now at epoch 11. */
    private TestAggregator atEpoch11WithSigners() throws Exception {
        TestAggregator aggregator = TestAggregator.start(directory.resolve("store"), 10, TestSigner.pools(3, STAKE),
                new MsdTestPlugin());
        aggregator.tick();
        aggregator.registerAll();
        aggregator.chain.epoch(11);
        aggregator.tickUntil("blocked-no-genesis", 2);
        return aggregator;
    }
}
