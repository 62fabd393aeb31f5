package io.mithril.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads {@code info.version} from an OpenAPI YAML document. Only that one scalar is needed, so a line scan replaces a
 * YAML library (and its SnakeYAML bundle); see docs/decisions/http-openapi-version.md.
 */
final class OpenApiVersion {
    static final String RESOURCE = "/openapi/openapi.yaml";
    static final String BUNDLED = fromResource(RESOURCE);

    private OpenApiVersion() {
    }

    static String fromResource(String name) {
        try (InputStream in = OpenApiVersion.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + " in the http bundle");
            }
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return infoVersion(yaml).orElseThrow(() -> new IllegalStateException("no info.version in " + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code version} key directly under the top-level {@code info} mapping. */
    static Optional<String> infoVersion(String yaml) {
        boolean inInfo = false;
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(yaml))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String content = stripComment(line);
                if (content.isBlank()) {
                    continue;
                }
                boolean topLevel = !Character.isWhitespace(content.charAt(0));
                if (topLevel) {
                    inInfo = content.trim().equals("info:");
                } else if (inInfo && content.trim().startsWith("version:")) {
                    String value = content.trim().substring("version:".length()).trim();
                    return Optional.of(unquote(value)).filter(v -> !v.isEmpty());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.empty();
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        // a '#' starts a comment at the beginning or after a space; the versions we read never contain one
        return hash == 0 || (hash > 0 && Character.isWhitespace(line.charAt(hash - 1))) ? line.substring(0, hash) : line;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
