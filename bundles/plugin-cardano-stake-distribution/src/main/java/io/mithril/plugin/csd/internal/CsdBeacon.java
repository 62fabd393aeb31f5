package io.mithril.plugin.csd.internal;

import io.mithril.spi.signedentity.Beacon;
import java.nio.ByteBuffer;

/**
 * {@code CardanoStakeDistribution(epoch)}: the epoch whose stake distribution is certified, signed one epoch later
 * (certificate epoch = epoch + 1). JSON and stored form are the bare epoch; hash feed u64 BE epoch (no discriminant,
 * so it feeds the same 8 bytes as an MSD of the same epoch, as in the reference).
 */
record CsdBeacon(long epoch) implements Beacon {
    CsdBeacon {
        if (epoch < 0) {
            throw new IllegalArgumentException("negative epoch " + epoch);
        }
    }

    static CsdBeacon parse(String json) {
        try {
            return new CsdBeacon(Long.parseLong(json.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a CardanoStakeDistribution beacon is an epoch number, got " + json, e);
        }
    }

    @Override
    public String certificateJson() {
        return Long.toString(epoch);
    }

    @Override
    public String storageJson() {
        return certificateJson();
    }

    @Override
    public byte[] hashFeed() {
        return ByteBuffer.allocate(Long.BYTES).putLong(epoch).array();
    }

    @Override
    public long certificateEpoch() {
        return epoch + 1;
    }

    /** The epoch key under which the aggregator stored the stakes this beacon certifies (aggregator.md §2.2). */
    long stakesRecordedUnder() {
        return epoch + 2;
    }
}
