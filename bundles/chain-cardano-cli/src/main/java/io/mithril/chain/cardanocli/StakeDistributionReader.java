package io.mithril.chain.cardanocli;

import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.mithril.crypto.cardano.Bech32;
import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.StakeDistribution;

/**
 * The pools' "mark" stakes from cardano-cli: <code>stake-snapshot --all-stake-pools</code> (hex pool ids), falling
 * back, on any failure, to the legacy <code>stake-distribution</code> table plus one
 * <code>stake-snapshot --stake-pool-id</code> per pool (<code>poolStakeMark</code>). Zero stakes are dropped.
 */
final class StakeDistributionReader {
    /** A leading float like nom's <code>double</code> parser accepts (the legacy "Stake frac" column). */
    private static final Pattern FRACTION = Pattern.compile("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?.*");

    private final CliRunner runner;

    StakeDistributionReader(CliRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    StakeDistribution read() throws ChainObserverException {
        try {
            return readAllPools();
        } catch (ChainObserverException | RuntimeException e) {
            // legacy nodes (< 8.0) do not know --all-stake-pools: the reference falls back on any error
            return readLegacy();
        }
    }

    StakeDistribution readAllPools() throws ChainObserverException {
        JsonNode root = CliJson.parse(runner.queryStakeSnapshotAllPools(), "stake-snapshot --all-stake-pools");
        JsonNode pools = root.get("pools");
        if (pools == null) {
            throw new ChainObserverException("Missing 'pools' field");
        }
        if (!pools.isObject()) {
            throw new ChainObserverException("Could not convert pool data to object");
        }
        Map<String, Long> stakes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = pools.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> pool = it.next();
            String poolId = Bech32.encode("pool", HexFormat.of().parseHex(pool.getKey()));
            JsonNode mark = pool.getValue().get("stakeMark");
            if (mark == null) {
                throw new ChainObserverException("Missing 'stakeMark' field for " + poolId);
            }
            long stake = CliJson.u64(mark).orElseThrow(() -> new ChainObserverException(
                    "Stake could not be converted to integer for " + poolId));
            if (stake != 0) {
                stakes.put(poolId, stake);
            }
        }
        return new StakeDistribution(stakes);
    }

    StakeDistribution readLegacy() throws ChainObserverException {
        String table = runner.queryStakeDistribution();
        Map<String, Long> stakes = new LinkedHashMap<>();
        String[] lines = table.split("\\R", -1);
        for (int i = 2; i < lines.length; i++) {
            String[] words = lines[i].trim().split("\\s+");
            if (words.length != 2) {
                continue;
            }
            if (!FRACTION.matcher(words[1]).matches()) {
                throw new ChainObserverException("could not parse stake from '" + words[1] + "'");
            }
            // the fraction is of the current epoch; the reference takes the "mark" stake of each pool instead
            long stake = poolStakeMark(words[0]);
            if (stake != 0) {
                stakes.put(words[0], stake);
            }
        }
        return new StakeDistribution(stakes);
    }

    private long poolStakeMark(String poolId) throws ChainObserverException {
        String output = runner.queryStakeSnapshot(poolId);
        JsonNode mark = CliJson.parse(output, "stake-snapshot --stake-pool-id").get("poolStakeMark");
        if (mark == null || !mark.isNumber()) {
            throw new ChainObserverException("Error: could not parse stake pool snapshot " + output);
        }
        Optional<Long> stake = CliJson.u64(mark);
        return stake.orElseThrow(() -> new ChainObserverException(
                "Error: could not parse stake pool value as u64 " + mark));
    }
}
