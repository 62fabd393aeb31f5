package io.mithril.chain.devnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.ScannedBlock;

/** The time model, driven by a hand-moved clock (no wall-clock assertions). */
class DevnetChainTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final byte[] GENESIS = new byte[32];

    private final AtomicLong now = new AtomicLong(T0);

    private DevnetChain chain(long startEpoch, long epochMillis) {
        return new DevnetChain(DevnetChain.genesis(T0, startEpoch, epochMillis, GENESIS), now::get);
    }

    @Test
    void epochsAdvanceAtTheConfiguredPace() {
        DevnetChain chain = chain(5, 1_000);
        assertEquals(5, chain.currentEpoch());
        assertEquals(50, chain.currentSlot());
        now.set(T0 + 999);
        assertEquals(5, chain.currentEpoch());
        assertEquals(59, chain.currentSlot());
        now.set(T0 + 1_000);
        assertEquals(6, chain.currentEpoch());
        now.set(T0 + 30_500);
        assertEquals(35, chain.currentEpoch());
    }

    @Test
    void tipIsTheLastBlockAndBlocksComeEveryTenSlots() {
        DevnetChain chain = chain(1, 30_000);
        now.set(T0 + 1_234);
        assertEquals(300 + 12, chain.currentSlot());
        assertEquals(31, chain.tipBlockNumber());
        ChainPoint tip = chain.tip();
        assertEquals(310, tip.slotNumber());
        assertEquals(31, tip.blockNumber());
        assertEquals(chain.block(31).blockHash(), tip.blockHash());
        assertEquals(64, tip.blockHash().length());
    }

    @Test
    void kesPeriodIsTipSlotOver129600() {
        DevnetChain chain = chain(432, 30_000); // slot 129600 at epoch 432
        assertEquals(129_600, chain.tip().slotNumber());
        assertEquals(1, chain.kesPeriod());
        now.set(T0 - 1);
        assertEquals(1, chain.kesPeriod());
    }

    @Test
    void timeNeverGoesBackwards() {
        DevnetChain chain = chain(2, 1_000);
        now.set(T0 + 5_000);
        assertEquals(7, chain.currentEpoch());
        now.set(T0 + 1_000);
        assertEquals(7, chain.currentEpoch());
        assertEquals(70, chain.currentSlot());
    }

    @Test
    void reanchoringKeepsTheEpochAndChangesThePace() {
        DevnetChain chain = chain(1, 1_000);
        now.set(T0 + 2_500);
        assertEquals(3, chain.currentEpoch());
        DevnetChain faster = new DevnetChain(chain.reanchor(10_000), now::get);
        assertEquals(3, faster.currentEpoch());
        assertEquals(chain.currentSlot(), faster.currentSlot());
        now.set(T0 + 2_500 + 9_999);
        assertEquals(3, faster.currentEpoch());
        now.set(T0 + 2_500 + 10_000);
        assertEquals(4, faster.currentEpoch());
        assertEquals(chain.anchor().genesisHash(), faster.anchor().genesisHash());
    }

    @Test
    void blocksAreDeterministicPerGenesis() {
        DevnetChain one = chain(1, 1_000);
        DevnetChain same = chain(1, 1_000);
        DevnetChain other = new DevnetChain(DevnetChain.genesis(T0, 1, 1_000, new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32}), now::get);
        int transactions = 0;
        for (long n = 0; n < 40; n++) {
            ScannedBlock block = one.block(n);
            assertEquals(block, same.block(n));
            assertNotEquals(block.blockHash(), other.block(n).blockHash());
            assertEquals(n * 10, block.slotNumber());
            assertTrue(block.transactionHashes().size() <= 3);
            block.transactionHashes().forEach(tx -> assertEquals(64, tx.length()));
            transactions += block.transactionHashes().size();
        }
        assertTrue(transactions > 0, "the devnet carries transactions");
        assertTrue(one.isOnChain(one.pointOf(12)));
        assertFalse(one.isOnChain(other.pointOf(12)));
        assertFalse(one.isOnChain(new ChainPoint(121, 12, one.pointOf(12).blockHash())));
    }

    @Test
    void invalidEpochDurationsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> chain(1, 999));
        assertThrows(IllegalArgumentException.class, () -> chain(1, 1_050));
    }
}
