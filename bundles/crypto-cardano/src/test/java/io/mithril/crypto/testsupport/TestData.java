package io.mithril.crypto.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bouncycastle.util.encoders.Hex;

/** Reads the reference vectors copied into src/test/resources, and optionally the full shared/testdata. */
public final class TestData {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestData() {
    }

    public static JsonNode json(String resource) {
        try (InputStream in = TestData.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of {@code shared/testdata}, if that directory is beside the repository. */
    public static Optional<Path> shared(String relative) {
        String root = System.getProperty("mithril.repo.root");
        if (root == null) {
            return Optional.empty();
        }
        Path path = Path.of(root).resolve("../shared/testdata").resolve(relative).normalize();
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    public static JsonNode readJson(Path path) {
        try {
            return MAPPER.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] hex(String hex) {
        return Hex.decode(hex);
    }

    public static String hex(byte[] bytes) {
        return Hex.toHexString(bytes);
    }

    /** Hex of the UTF-8 text (to compare with JSON-hex). */
    public static String utf8(String jsonHex) {
        return new String(Hex.decode(jsonHex), java.nio.charset.StandardCharsets.UTF_8);
    }
}
