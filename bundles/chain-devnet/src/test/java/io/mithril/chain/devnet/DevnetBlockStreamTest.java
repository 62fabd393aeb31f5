package io.mithril.chain.devnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.mithril.spi.chain.BlockStreamEvent;
import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.ScannedBlock;

class DevnetBlockStreamTest {
    private static final long T0 = 1_000_000L;
    private final AtomicLong now = new AtomicLong(T0);
    private final DevnetChain chain = new DevnetChain(DevnetChain.genesis(T0, 1, 1_000, new byte[32]), now::get);

    private static List<ScannedBlock> drain(DevnetBlockStream stream) throws Exception {
        List<ScannedBlock> blocks = new ArrayList<>();
        Optional<BlockStreamEvent> event;
        while ((event = stream.poll()).isPresent()) {
            List<ScannedBlock> batch = ((BlockStreamEvent.RollForward) event.get()).blocks();
            assertTrue(batch.size() <= 4, "bounded polls");
            blocks.addAll(batch);
        }
        return blocks;
    }

    @Test
    void streamsFromGenesisUpToTheTipThenWaitsForNewBlocks() throws Exception {
        DevnetBlockStream stream = new DevnetBlockStream(chain, Optional.empty(), 4);
        List<ScannedBlock> blocks = drain(stream);
        assertEquals(2, blocks.size()); // slot 10 at epoch 1 of 10-slot epochs: blocks 0 and 1
        assertEquals(chain.tip(), new ChainPoint(blocks.get(1).slotNumber(), 1, blocks.get(1).blockHash()));
        now.set(T0 + 2_000);
        List<ScannedBlock> more = drain(stream);
        assertEquals(List.of(2L, 3L), more.stream().map(ScannedBlock::blockNumber).toList());
        assertEquals(chain.block(3), more.get(1));
    }

    @Test
    void resumesAfterAKnownPoint() throws Exception {
        now.set(T0 + 5_000);
        DevnetBlockStream stream = new DevnetBlockStream(chain, Optional.of(chain.pointOf(3)), 4);
        List<ScannedBlock> blocks = drain(stream);
        assertEquals(4, blocks.get(0).blockNumber());
        assertEquals(chain.tipBlockNumber(), blocks.get(blocks.size() - 1).blockNumber());
    }

    @Test
    void refusesAPointOfAnotherChain() {
        assertThrows(ChainObserverException.class,
                () -> new DevnetBlockStream(chain, Optional.of(new ChainPoint(30, 3, "00".repeat(32))), 4));
    }
}
