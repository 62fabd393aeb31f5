package io.mithril.ouroboros;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;

/** Reads the DMQ reference vectors copied into src/test/resources/vectors/dmq. */
public final class Vectors {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Vectors() {
    }

    public static JsonNode dmq(String file) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/dmq/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource vectors/dmq/" + file);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    public static byte[] hex(JsonNode node) {
        return hex(node.asText());
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
