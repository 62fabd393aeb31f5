package io.mithril.chain.cardanocli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.mithril.spi.chain.ChainObserver;
import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.chain.TxDatum;

/**
 * The reference's CardanoCliChainObserver (aggregator.md §8). Every fact comes from one cardano-cli query, parsed
 * the way the reference parses it: a missing field gives "unknown" (empty), unparsable output an error.
 */
public final class CardanoCliChainObserver implements ChainObserver {
    /** Hard-coded like the reference (the <code>slotsPerKESPeriod</code> of every public Cardano network). */
    public static final long SLOTS_PER_KES_PERIOD = 129_600;

    private final CliRunner runner;
    private final StakeDistributionReader stakes;

    public CardanoCliChainObserver(CliRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.stakes = new StakeDistributionReader(runner);
    }

    @Override
    public Optional<Long> currentEpoch() throws ChainObserverException {
        return CliJson.u64(tip().get("epoch"));
    }

    /** The tip; empty when the output has no string <code>hash</code>, slot and block default to 0. */
    @Override
    public Optional<ChainPoint> currentChainPoint() throws ChainObserverException {
        JsonNode tip = tip();
        JsonNode hash = tip.get("hash");
        if (hash == null || !hash.isTextual()) {
            return Optional.empty();
        }
        long slot = CliJson.u64(tip.get("slot")).orElse(0L);
        long block = CliJson.u64(tip.get("block")).orElse(0L);
        return Optional.of(new ChainPoint(slot, block, hash.textValue()));
    }

    @Override
    public String currentEra() throws ChainObserverException {
        JsonNode era = tip().get("era");
        if (era == null || !era.isTextual()) {
            throw new ChainObserverException("cardano-cli query tip reported no era");
        }
        return era.textValue();
    }

    @Override
    public Optional<StakeDistribution> currentStakeDistribution() throws ChainObserverException {
        return Optional.of(stakes.read());
    }

    /** <code>slot / 129600</code> of the tip; text before the first <code>{</code> is ignored like the reference. */
    @Override
    public Optional<Long> currentKesPeriod() throws ChainObserverException {
        String output = runner.queryTip();
        int brace = output.indexOf('{');
        JsonNode tip = CliJson.parse(brace < 0 ? output : output.substring(brace), "query tip");
        return CliJson.u64(tip.get("slot")).map(slot -> Long.divideUnsigned(slot, SLOTS_PER_KES_PERIOD));
    }

    /** The non-null <code>inlineDatum</code> of each UTxO, as compact JSON, in the output's order. */
    @Override
    public List<TxDatum> currentDatums(String address) throws ChainObserverException {
        JsonNode utxos = CliJson.parse(runner.queryUtxo(address), "query utxo");
        if (!utxos.isObject()) {
            throw new ChainObserverException("invalid query utxo output: expected a JSON object, output was = '"
                    + utxos + "'");
        }
        List<TxDatum> datums = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = utxos.fields(); it.hasNext();) {
            JsonNode datum = it.next().getValue().get("inlineDatum");
            if (datum != null && !datum.isNull()) {
                datums.add(new TxDatum(datum.toString()));
            }
        }
        return datums;
    }

    private JsonNode tip() throws ChainObserverException {
        return CliJson.parse(runner.queryTip(), "query tip");
    }
}
