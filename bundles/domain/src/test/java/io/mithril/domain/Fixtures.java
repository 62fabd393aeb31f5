package io.mithril.domain;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mithril.domain.message.CertificateMessage;
import io.mithril.domain.message.MithrilJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test data: copies of {@code shared/testdata} files under {@code src/test/resources} (real reference data), and the
 * shared directory itself for the few files not copied.
 */
public final class Fixtures {
    public static final ObjectMapper MAPPER = MithrilJson.newObjectMapper();

    private Fixtures() {
    }

    public static JsonNode json(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode devnet(String file) {
        return json("devnet-chain/" + file);
    }

    /** A file of {@code shared/testdata}; skips the test when the shared directory is absent. */
    public static JsonNode sharedJson(String relativePath) {
        String root = System.getProperty("mithril.repo.root");
        assumeTrue(root != null, "mithril.repo.root not set");
        Path file = Path.of(root, "..", "shared", "testdata", relativePath);
        assumeTrue(Files.isRegularFile(file), "shared test data absent: " + file);
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 43 devnet certificates by hash, as domain objects. */
    public static Map<String, Certificate> devnetCertificates() {
        Map<String, Certificate> certificates = new LinkedHashMap<>();
        JsonNode all = devnet("certificates.json");
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            certificates.put(entry.getKey(), certificateMessage(entry.getValue()).toDomain());
        }
        return certificates;
    }

    public static CertificateMessage certificateMessage(JsonNode node) {
        try {
            return MAPPER.treeToValue(node, CertificateMessage.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code genesis_verification_key[0]} of fake_genesis_keys.json: verifies the devnet genesis certificate. */
    public static String devnetGenesisVerificationKey() {
        return json("vectors/certificates/fake_genesis_keys.json").get("genesis_verification_key").get(0).asText();
    }
}
