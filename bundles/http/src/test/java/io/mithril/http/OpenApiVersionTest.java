package io.mithril.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenApiVersionTest {

    @Test
    void theBundledDocumentIsTheReferenceOpenApi0168() {
        // aggregator.md §1.1: the header value is info.version of openapi.yaml, 0.1.68 at the reference commit
        assertEquals("0.1.68", AggregatorHttp.apiVersion());
    }

    @Test
    void theBundledCopyIsIdenticalToTheSharedReference() throws Exception {
        String root = System.getProperty("mithril.repo.root");
        assumeTrue(root != null, "mithril.repo.root not set");
        Path shared = Path.of(root, "..", "shared", "reference", "openapi.yaml");
        assumeTrue(Files.isRegularFile(shared), "shared reference not available");

        try (InputStream bundled = AggregatorHttp.class.getResourceAsStream("/openapi/openapi.yaml")) {
            assertArrayEquals(Files.readAllBytes(shared), bundled.readAllBytes());
        }
    }

    @Test
    void readsTheVersionUnderInfoOnly() {
        String yaml = """
                openapi: "3.1.1"
                info:
                  # comment: version: 9.9.9
                  title: API
                  version: "1.2.3" # trailing comment
                components:
                  schemas:
                    X:
                      version: 4.5.6
                """;
        assertEquals(Optional.of("1.2.3"), invoke(yaml));
        assertEquals(Optional.of("0.0.1"), invoke("info:\n  version: '0.0.1'\n"));
        assertEquals(Optional.empty(), invoke("openapi: 3.1.1\ncomponents:\n  version: 1.0.0\n"));
        assertEquals(Optional.empty(), invoke("info:\n  title: no version\nversion: 1.0.0\n"));
    }

    private static Optional<String> invoke(String yaml) {
        return OpenApiVersion.infoVersion(yaml);
    }
}
