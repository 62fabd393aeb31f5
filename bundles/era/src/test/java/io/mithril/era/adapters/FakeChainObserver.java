package io.mithril.era.adapters;

import java.util.List;
import java.util.Optional;

import io.mithril.spi.chain.ChainObserver;
import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.chain.TxDatum;

/** A chain observer that only serves datums (the reference's FakeObserver with set_datums). */
public final class FakeChainObserver implements ChainObserver {
    private final List<TxDatum> datums;
    public String lastAddress;

    public FakeChainObserver(List<TxDatum> datums) {
        this.datums = List.copyOf(datums);
    }

    @Override
    public Optional<Long> currentEpoch() {
        return Optional.empty();
    }

    @Override
    public Optional<ChainPoint> currentChainPoint() {
        return Optional.empty();
    }

    @Override
    public String currentEra() {
        return "Conway";
    }

    @Override
    public Optional<StakeDistribution> currentStakeDistribution() {
        return Optional.empty();
    }

    @Override
    public Optional<Long> currentKesPeriod() {
        return Optional.empty();
    }

    @Override
    public List<TxDatum> currentDatums(String address) {
        lastAddress = address;
        return datums;
    }
}
