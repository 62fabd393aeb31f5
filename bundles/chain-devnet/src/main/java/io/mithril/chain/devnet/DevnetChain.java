package io.mithril.chain.devnet;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.mithril.crypto.cardano.Blake2;
import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.ScannedBlock;

/**
 * The devnet's time model (docs/decisions/chain-devnet.md). From an {@link Anchor} (a wall-clock instant known to
 * be the start of a slot and of an epoch) time maps to slots of {@value #SLOT_LENGTH_MS} ms; an epoch lasts the
 * configured duration; a block is produced every {@value #SLOTS_PER_BLOCK} slots (block n at slot 10·n, from slot
 * 0); the KES period is slot / {@value #SLOTS_PER_KES_PERIOD} like on the public networks. Block and transaction
 * hashes are Blake2b-256 values derived from the chain's genesis hash, so the same chain always has the same blocks.
 * Slots (hence epochs) never go backwards within a process, even if the wall clock does.
 */
public final class DevnetChain {
    public static final long SLOT_LENGTH_MS = 100;
    public static final long SLOTS_PER_BLOCK = 10;
    public static final long SLOTS_PER_KES_PERIOD = 129_600;
    /** The Cardano era the devnet reports, as cardano-node names it. */
    public static final String ERA = "Conway";

    /**
     * Where the chain is pinned to the wall clock: at {@code timeMillis} slot {@code slot} of epoch {@code epoch}
     * starts, and epochs last {@code epochDurationMillis} from there. {@code genesisTimeMillis} and
     * {@code genesisHash} (32 bytes, hex) identify the chain and never change.
     */
    public record Anchor(long timeMillis, long slot, long epoch, long epochDurationMillis, long genesisTimeMillis,
            String genesisHash) {
        public Anchor {
            checkEpochDuration(epochDurationMillis);
            if (slot < 0 || epoch < 0) {
                throw new IllegalArgumentException("devnet anchor slot and epoch must not be negative");
            }
            if (HexFormat.of().parseHex(Objects.requireNonNull(genesisHash, "genesisHash")).length != 32) {
                throw new IllegalArgumentException("devnet genesis hash must be 32 bytes of hex");
            }
        }

        public long slotsPerEpoch() {
            return epochDurationMillis / SLOT_LENGTH_MS;
        }
    }

    private final Anchor anchor;
    private final LongSupplier clock;
    private final byte[] genesisHash;
    private final AtomicLong highestSlot = new AtomicLong();

    /** @param clock wall-clock milliseconds (e.g. <code>System::currentTimeMillis</code>) */
    public DevnetChain(Anchor anchor, LongSupplier clock) {
        this.anchor = Objects.requireNonNull(anchor, "anchor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.genesisHash = HexFormat.of().parseHex(anchor.genesisHash());
        this.highestSlot.set(anchor.slot());
    }

    /**
     * A new chain starting now at {@code startEpoch}; earlier epochs are taken to have had the same length, so slot
     * numbers read like a chain that ran from slot 0.
     */
    public static Anchor genesis(long nowMillis, long startEpoch, long epochDurationMillis, byte[] genesisHash) {
        checkEpochDuration(epochDurationMillis);
        long slot = Math.multiplyExact(startEpoch, epochDurationMillis / SLOT_LENGTH_MS);
        return new Anchor(nowMillis, slot, startEpoch, epochDurationMillis, nowMillis,
                HexFormat.of().formatHex(genesisHash));
    }

    /**
     * The same chain with another epoch duration from now on: the current epoch restarts now and lasts the new
     * duration, so neither slots nor epochs go backwards.
     */
    public Anchor reanchor(long epochDurationMillis) {
        long slot = currentSlot();
        return new Anchor(clock.getAsLong(), slot, currentEpochAt(slot), epochDurationMillis,
                anchor.genesisTimeMillis(), anchor.genesisHash());
    }

    public Anchor anchor() {
        return anchor;
    }

    /** The slot at the current wall-clock time (monotonic). */
    public long currentSlot() {
        long elapsed = Math.max(0, clock.getAsLong() - anchor.timeMillis());
        long slot = anchor.slot() + elapsed / SLOT_LENGTH_MS;
        return highestSlot.accumulateAndGet(slot, Math::max);
    }

    public long currentEpoch() {
        return currentEpochAt(currentSlot());
    }

    private long currentEpochAt(long slot) {
        return anchor.epoch() + (slot - anchor.slot()) / anchor.slotsPerEpoch();
    }

    /** The number of the latest block produced. */
    public long tipBlockNumber() {
        return currentSlot() / SLOTS_PER_BLOCK;
    }

    /** The latest block's point: what <code>query tip</code> reports. */
    public ChainPoint tip() {
        return pointOf(tipBlockNumber());
    }

    /** The KES period of the tip's slot. */
    public long kesPeriod() {
        return tip().slotNumber() / SLOTS_PER_KES_PERIOD;
    }

    public ChainPoint pointOf(long blockNumber) {
        return new ChainPoint(blockNumber * SLOTS_PER_BLOCK, blockNumber, HexFormat.of().formatHex(blockHash(blockNumber)));
    }

    /** True when the point is a block of this chain (produced or not yet). */
    public boolean isOnChain(ChainPoint point) {
        return point.blockNumber() >= 0 && pointOf(point.blockNumber()).equals(point);
    }

    /** Block {@code number} with its 0 to 3 transactions (count and hashes derived from the block hash). */
    public ScannedBlock block(long number) {
        byte[] hash = blockHash(number);
        int transactions = hash[0] & 3;
        List<String> txHashes = new ArrayList<>(transactions);
        for (int i = 0; i < transactions; i++) {
            txHashes.add(HexFormat.of().formatHex(Blake2.blake2b256(hash, ByteBuffer.allocate(4).putInt(i).array())));
        }
        return new ScannedBlock(HexFormat.of().formatHex(hash), number, number * SLOTS_PER_BLOCK, txHashes);
    }

    private byte[] blockHash(long number) {
        return Blake2.blake2b256(genesisHash, ByteBuffer.allocate(8).putLong(number).array());
    }

    private static void checkEpochDuration(long epochDurationMillis) {
        if (epochDurationMillis < SLOT_LENGTH_MS * SLOTS_PER_BLOCK || epochDurationMillis % SLOT_LENGTH_MS != 0) {
            throw new IllegalArgumentException("devnet_epoch_duration_ms must be a multiple of " + SLOT_LENGTH_MS
                    + " ms and at least " + SLOT_LENGTH_MS * SLOTS_PER_BLOCK + " ms, got " + epochDurationMillis);
        }
    }
}
