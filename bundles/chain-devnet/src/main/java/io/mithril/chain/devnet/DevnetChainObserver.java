package io.mithril.chain.devnet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.mithril.spi.chain.BlockStream;
import io.mithril.spi.chain.ChainObserver;
import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.chain.TxDatum;

/**
 * The devnet chain seen as a {@link ChainObserver}: epoch, tip, KES period and blocks from {@link DevnetChain}, era
 * {@value DevnetChain#ERA}, a fixed stake distribution, and no UTxO datums (use a bootstrap, dummy or file era
 * reader on a devnet).
 */
public final class DevnetChainObserver implements ChainObserver {
    private final DevnetChain chain;
    private final StakeDistribution stakes;
    private final int maxBlocksPerPoll;

    public DevnetChainObserver(DevnetChain chain, StakeDistribution stakes, int maxBlocksPerPoll) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.stakes = Objects.requireNonNull(stakes, "stakes");
        this.maxBlocksPerPoll = maxBlocksPerPoll;
    }

    public DevnetChain chain() {
        return chain;
    }

    @Override
    public Optional<Long> currentEpoch() {
        return Optional.of(chain.currentEpoch());
    }

    @Override
    public Optional<ChainPoint> currentChainPoint() {
        return Optional.of(chain.tip());
    }

    @Override
    public String currentEra() {
        return DevnetChain.ERA;
    }

    @Override
    public Optional<StakeDistribution> currentStakeDistribution() {
        return Optional.of(stakes);
    }

    @Override
    public Optional<Long> currentKesPeriod() {
        return Optional.of(chain.kesPeriod());
    }

    @Override
    public List<TxDatum> currentDatums(String address) {
        return List.of();
    }

    @Override
    public BlockStream blockStream(Optional<ChainPoint> from) throws ChainObserverException {
        return new DevnetBlockStream(chain, from, maxBlocksPerPoll);
    }
}
