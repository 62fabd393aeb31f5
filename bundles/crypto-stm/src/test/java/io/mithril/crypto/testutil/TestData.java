package io.mithril.crypto.testutil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mithril.crypto.bls.BlsSecretKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.bouncycastle.crypto.engines.ChaChaEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/** Test data copied from the reference (src/test/resources) and the seeded keys of the reference's unit tests. */
public final class TestData {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final HexFormat HEX = HexFormat.of();

    private TestData() {
    }

    public static JsonNode resource(String path) {
        try (InputStream in = TestData.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode stmGolden() {
        return resource("vectors/stm/stm_golden.json");
    }

    /** ../shared/testdata relative to the repository root, when present (tests needing more data skip otherwise). */
    public static Path sharedTestdata() {
        String root = System.getProperty("mithril.repo.root", ".");
        return Path.of(root).resolve("../shared/testdata").normalize();
    }

    public static boolean sharedTestdataPresent() {
        return Files.isDirectory(sharedTestdata());
    }

    public static byte[] hex(String s) {
        return HEX.parseHex(s);
    }

    /** Bytes of a JSON array of numbers such as {@code "[64,129,...]"}. */
    public static byte[] jsonBytes(String jsonArray) {
        try {
            JsonNode node = JSON.readTree(jsonArray);
            byte[] out = new byte[node.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) node.get(i).asInt();
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The reference's {@code ChaCha20Rng::from_seed([0; 32])} keystream (rand_chacha: 20 rounds, zero nonce, counter
     * from 0, words little-endian), reproduced with BouncyCastle.
     */
    public static byte[] chacha20Seed0(int length) {
        ChaChaEngine engine = new ChaChaEngine(20);
        engine.init(true, new ParametersWithIV(new KeyParameter(new byte[32]), new byte[8]));
        byte[] out = new byte[length];
        engine.processBytes(new byte[length], 0, length, out, 0);
        return out;
    }

    /** The golden keys sk_1, sk_2: consecutive 32-byte IKMs of the seed-0 keystream through blst keygen. */
    public static BlsSecretKey[] goldenSecretKeys() {
        byte[] stream = chacha20Seed0(64);
        return new BlsSecretKey[] {
            BlsSecretKey.fromIkm(java.util.Arrays.copyOfRange(stream, 0, 32)),
            BlsSecretKey.fromIkm(java.util.Arrays.copyOfRange(stream, 32, 64))
        };
    }
}
