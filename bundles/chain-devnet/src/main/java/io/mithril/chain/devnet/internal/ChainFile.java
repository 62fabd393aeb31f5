package io.mithril.chain.devnet.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mithril.chain.devnet.DevnetChain;

/**
 * <code>{data_stores_directory}/devnet-chain.json</code>: the chain's genesis and current anchor, so a restarted
 * aggregator continues the same chain (same blocks, epochs never restarting).
 */
final class ChainFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int VERSION = 1;

    private ChainFile() {
    }

    static Optional<DevnetChain.Anchor> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonNode root = MAPPER.readTree(file.toFile());
        try {
            if (root == null || root.path("version").asInt() != VERSION) {
                throw new IOException("unsupported devnet chain file version in " + file);
            }
            return Optional.of(new DevnetChain.Anchor(field(root, "anchor_time_ms"), field(root, "anchor_slot"),
                    field(root, "anchor_epoch"), field(root, "epoch_duration_ms"), field(root, "genesis_time_ms"),
                    root.path("genesis_hash").asText()));
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid devnet chain file " + file + ": " + e.getMessage(), e);
        }
    }

    static void write(Path file, DevnetChain.Anchor anchor) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.put("genesis_time_ms", anchor.genesisTimeMillis());
        root.put("genesis_hash", anchor.genesisHash());
        root.put("anchor_time_ms", anchor.timeMillis());
        root.put("anchor_slot", anchor.slot());
        root.put("anchor_epoch", anchor.epoch());
        root.put("epoch_duration_ms", anchor.epochDurationMillis());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static long field(JsonNode root, String name) throws IOException {
        JsonNode value = root.get(name);
        if (value == null || !value.isIntegralNumber()) {
            throw new IOException("devnet chain file: missing integer '" + name + "'");
        }
        return value.longValue();
    }
}
