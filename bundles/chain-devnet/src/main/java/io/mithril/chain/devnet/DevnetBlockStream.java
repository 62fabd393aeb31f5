package io.mithril.chain.devnet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.mithril.spi.chain.BlockStream;
import io.mithril.spi.chain.BlockStreamEvent;
import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.ScannedBlock;

/** Rolls the devnet's blocks forward from a point, at most {@code maxBlocksPerPoll} per poll; never rolls back. */
public final class DevnetBlockStream implements BlockStream {
    private final DevnetChain chain;
    private final int maxBlocksPerPoll;
    private long next;

    /**
     * @param from the last block already known (exclusive), or empty to start at block 0
     * @throws ChainObserverException when {@code from} is not a block of this chain
     */
    public DevnetBlockStream(DevnetChain chain, Optional<ChainPoint> from, int maxBlocksPerPoll)
            throws ChainObserverException {
        if (maxBlocksPerPoll < 1) {
            throw new IllegalArgumentException("maxBlocksPerPoll must be positive");
        }
        this.chain = chain;
        this.maxBlocksPerPoll = maxBlocksPerPoll;
        if (from.isPresent() && !chain.isOnChain(from.get())) {
            throw new ChainObserverException("chain point " + from.get() + " is not on this devnet chain (genesis "
                    + chain.anchor().genesisHash() + ")");
        }
        this.next = from.map(p -> p.blockNumber() + 1).orElse(0L);
    }

    @Override
    public synchronized Optional<BlockStreamEvent> poll() {
        long tip = chain.tipBlockNumber();
        if (next > tip) {
            return Optional.empty();
        }
        long last = Math.min(tip, next + maxBlocksPerPoll - 1);
        List<ScannedBlock> blocks = new ArrayList<>((int) (last - next + 1));
        for (long number = next; number <= last; number++) {
            blocks.add(chain.block(number));
        }
        next = last + 1;
        return Optional.of(new BlockStreamEvent.RollForward(blocks));
    }

    @Override
    public void close() {
        // nothing held
    }
}
