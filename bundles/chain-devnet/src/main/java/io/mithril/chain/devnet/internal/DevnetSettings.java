package io.mithril.chain.devnet.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mithril.chain.devnet.DevnetPools;
import io.mithril.spi.chain.StakeDistribution;

/**
 * The devnet observer's settings, from the aggregator configuration (values arrive as numbers or text):
 * <code>devnet_epoch_duration_ms</code> (30000), <code>devnet_start_epoch</code> (1), <code>devnet_signers</code>
 * (10), <code>devnet_seed</code> ({@value DevnetPools#DEFAULT_SEED}), <code>devnet_stake_distribution</code>
 * (JSON <code>{"pool1…": lovelace}</code>, replaces the derived pools), <code>data_stores_directory</code> (where
 * <code>devnet-chain.json</code> lives; unset or <code>:memory:</code> = not persisted) and
 * <code>cardano_transactions_block_streamer_max_roll_forwards_per_poll</code> (10000) and
 * <code>devnet_pause_when_stopped</code> (false: the simulated chain keeps time while the aggregator is stopped, like
 * a real chain; true: it resumes where it was, so a stopped devnet never meets an epoch gap).
 */
record DevnetSettings(long epochDurationMillis, long startEpoch, StakeDistribution stakes, Optional<Path> chainFile,
        int maxBlocksPerPoll, boolean pauseWhenStopped) {
    static final String CHAIN_FILE = "devnet-chain.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static DevnetSettings from(Map<String, ?> properties) {
        long duration = unsigned(properties, "devnet_epoch_duration_ms", 30_000);
        long startEpoch = unsigned(properties, "devnet_start_epoch", 1);
        long signers = unsigned(properties, "devnet_signers", 10);
        if (signers < 1 || signers > 10_000) {
            throw new IllegalArgumentException("devnet_signers must be between 1 and 10000, got " + signers);
        }
        Object seed = properties.get("devnet_seed");
        StakeDistribution stakes = explicitStakes(properties.get("devnet_stake_distribution"))
                .orElseGet(() -> DevnetPools.distribution(seed == null ? DevnetPools.DEFAULT_SEED : seed.toString(),
                        (int) signers));
        Object directory = properties.get("data_stores_directory");
        Optional<Path> chainFile = directory == null || directory.toString().isBlank()
                || ":memory:".equals(directory.toString()) ? Optional.empty()
                        : Optional.of(Path.of(directory.toString()).resolve(CHAIN_FILE));
        long maxBlocks = unsigned(properties, "cardano_transactions_block_streamer_max_roll_forwards_per_poll",
                10_000);
        boolean pause = Boolean.parseBoolean(String.valueOf(properties.get("devnet_pause_when_stopped")));
        return new DevnetSettings(duration, startEpoch, stakes, chainFile, (int) Math.min(maxBlocks,
                Integer.MAX_VALUE), pause);
    }

    private static long unsigned(Map<String, ?> properties, String key, long fallback) {
        Object value = properties.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            long parsed = value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().trim());
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an unsigned integer, got '" + value + "'");
        }
    }

    private static Optional<StakeDistribution> explicitStakes(Object json) {
        if (json == null || json.toString().isBlank()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("devnet_stake_distribution is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new IllegalArgumentException("devnet_stake_distribution must be a non-empty JSON object"
                    + " {\"pool1…\": lovelace, …}");
        }
        Map<String, Long> stakes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode stake = entry.getValue();
            if (!stake.isIntegralNumber() || !stake.canConvertToLong() || stake.longValue() < 0) {
                throw new IllegalArgumentException("devnet_stake_distribution: the stake of " + entry.getKey()
                        + " must be an unsigned integer");
            }
            if (stake.longValue() > 0) {
                stakes.put(entry.getKey(), stake.longValue());
            }
        }
        return Optional.of(new StakeDistribution(stakes));
    }
}
